/** Largest VP8 data per RTP packet: well under a loopback or typical path MTU after SRTP and headers. */
const MAX_CHUNK = 1100;

/**
 * Splits one VP8 frame into RTP payloads (RFC 7741): each starts with a payload descriptor carrying a
 * 15-bit picture id; the first has the start-of-partition bit.
 */
export function vp8Payloads(frame: Buffer, pictureId: number): Buffer[] {
  const payloads: Buffer[] = [];
  for (let offset = 0; offset < frame.length; offset += MAX_CHUNK) {
    const descriptor = Buffer.from([
      offset === 0 ? 0x90 : 0x80, // X (extensions follow), S on the first packet, partition 0
      0x80, // I: a picture id follows
      0x80 | ((pictureId >> 8) & 0x7f), // M: the 15-bit form
      pictureId & 0xff,
    ]);
    payloads.push(Buffer.concat([descriptor, frame.subarray(offset, offset + MAX_CHUNK)]));
  }
  return payloads;
}
