import { createRequire } from 'node:module';

type Slice = { _buffer: Buffer };
type ChannelBufferClass = new (buffer: Buffer) => object;

/**
 * Makes the driver read a Bolt message that spans several chunks from one joined buffer.
 *
 * neo4j-driver 6.3 wraps the chunks of such a message (any record over ~64 KB, as a full
 * profile's one row is) in a CombinedBuffer, and decodes every string in it with a new
 * StringDecoder walking the chunk list from the start. A 144 KB full-profile row took 22-27 ms
 * to decode that way, four times the statement's time inside Neo4j; joined first (one copy of
 * the message), 12-13 ms (bench/RESULTS.md). The chunks are the driver's own ChannelBuffer
 * slices; only the class it builds of them is replaced, by one returning a ChannelBuffer of
 * their concatenation, which the driver already reads single-chunk messages from.
 *
 * Returns whether the driver is the shape this expects; when it is not (another driver
 * version), it changes nothing and the driver reads as it always did. A test holds the
 * pinned driver to `true`, so an upgrade that moves these files is noticed.
 */
export function joinMultiChunkMessages(): boolean {
  if (joined !== undefined) return joined;
  joined = false;
  try {
    const fromDriver = createRequire(require.resolve('neo4j-driver'));
    const combined = fromDriver('neo4j-driver-bolt-connection/lib/channel/combined-buf') as { default?: unknown };
    const channel = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf') as { default?: unknown };
    const ChannelBuffer = channel.default as ChannelBufferClass | undefined;
    if (typeof combined.default !== 'function' || typeof ChannelBuffer !== 'function') return joined;
    if (!('getUInt8' in (ChannelBuffer.prototype as object))) return joined;
    // Called with `new` by the driver's Dechunker: returning an object makes that object the result.
    combined.default = function JoinedMessage(slices: Slice[]) {
      return new ChannelBuffer(Buffer.concat(slices.map((slice) => slice._buffer)));
    };
    joined = true;
  } catch {
    // Not the layout of neo4j-driver 6.3: leave the driver as it is.
  }
  return joined;
}

let joined: boolean | undefined;
