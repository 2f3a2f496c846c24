// The pr-scope command. Being built: see issue 2.
process.exitCode = 2
