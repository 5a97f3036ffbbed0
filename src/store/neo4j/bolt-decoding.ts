import { createRequire } from 'node:module';

type Slice = { _buffer: Buffer };
type ChannelBufferClass = new (buffer: Buffer) => object;
type UnpackerLike = { unpack(buffer: unknown, hydrate: unknown): unknown };

/** Which of the two speed-ups below took: both, for the pinned neo4j-driver (a test holds it to that). */
export interface BoltDecoding {
  joinedChunks: boolean;
  plainMaps: boolean;
}

/**
 * Two changes to how neo4j-driver 6.3 decodes what Neo4j sends, each found by profiling a full
 * profile (one 144 KB row) and each keeping the values exactly as the driver makes them
 * (tests/neo4j/bolt-decoding.test.ts):
 *
 * - **Joined chunks.** The driver wraps the chunks of a message that spans several (any record
 *   over ~64 KB) in a CombinedBuffer, and decodes every string in it with a new StringDecoder
 *   walking the chunk list from the start. Joined into one buffer first (one copy of the
 *   message), that row decodes in 12-13 ms instead of 22-27. Only the class the driver builds of
 *   its chunk slices is replaced, by one returning a ChannelBuffer of their concatenation, which
 *   is what it reads single-chunk messages from.
 * - **Plain maps.** The driver sets each key of each map with Object.defineProperty (to keep a
 *   key `__proto__` from changing the prototype), which leaves V8 slow dictionary objects that
 *   every later read pays for. Keys are assigned instead, `__proto__` still defined as before:
 *   a further 3-4 ms off that row.
 *
 * Idempotent. Where the driver is not the shape expected (another version), that change is not
 * made and the driver reads as it always did.
 */
export function fastBoltDecoding(): BoltDecoding {
  if (applied) return applied;
  const fromDriver = createRequire(require.resolve('neo4j-driver'));
  applied = { joinedChunks: attempt(() => joinChunks(fromDriver)), plainMaps: attempt(() => plainMaps(fromDriver)) };
  return applied;
}

let applied: BoltDecoding | undefined;

function attempt(change: () => boolean): boolean {
  try {
    return change();
  } catch {
    return false; // not the layout of neo4j-driver 6.3: left as it is
  }
}

function joinChunks(fromDriver: NodeRequire): boolean {
  const combined = fromDriver('neo4j-driver-bolt-connection/lib/channel/combined-buf') as { default?: unknown };
  const channel = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf') as { default?: unknown };
  const ChannelBuffer = channel.default as ChannelBufferClass | undefined;
  if (typeof combined.default !== 'function' || typeof ChannelBuffer !== 'function') return false;
  if (!('getUInt8' in (ChannelBuffer.prototype as object))) return false;
  // Called with `new` by the driver's Dechunker: returning an object makes that object the result.
  combined.default = function JoinedMessage(slices: Slice[]) {
    return new ChannelBuffer(Buffer.concat(slices.map((slice) => slice._buffer)));
  };
  return true;
}

function plainMaps(fromDriver: NodeRequire): boolean {
  const packstream = fromDriver('neo4j-driver-bolt-connection/lib/packstream/packstream-v1') as { Unpacker?: { prototype: Record<string, unknown> } };
  const proto = packstream.Unpacker?.prototype;
  if (!proto || typeof proto._unpackMapWithSize !== 'function' || typeof proto.unpack !== 'function') return false;
  proto._unpackMapWithSize = function unpackMap(this: UnpackerLike, size: number, buffer: unknown, hydrate: unknown) {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const key = this.unpack(buffer, hydrate) as string;
      const unpacked = this.unpack(buffer, hydrate);
      if (key === '__proto__') Object.defineProperty(value, key, { value: unpacked, writable: true, enumerable: true, configurable: true });
      else value[key] = unpacked;
    }
    return value;
  };
  return true;
}
