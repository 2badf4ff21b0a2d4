import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One encoded picture of a clip, as vpxenc wrote it. */
export interface EncodedFrame {
  data: Buffer;
  keyframe: boolean;
}

export interface Vp8Clip {
  width: number;
  height: number;
  fps: number;
  frames: EncodedFrame[];
}

const WIDTH = 320;
const HEIGHT = 180;
const FPS = 15;
/** Two seconds, looped by the sender; a keyframe every second so a loop restart is clean. */
const FRAME_COUNT = 30;
const KEYFRAME_INTERVAL = 15;

/**
 * A short synthetic VP8 clip (a bar sweeping over a gradient), encoded once per machine with
 * Debian's vpxenc (package vpx-tools) and cached in the temporary directory.
 */
export function vp8Clip(): Vp8Clip {
  const dir = path.join(os.tmpdir(), 'peercircle-light-media');
  const file = path.join(dir, `clip-${WIDTH}x${HEIGHT}-${FPS}fps-${FRAME_COUNT}.ivf`);
  if (!existsSync(file)) encodeClip(dir, file);
  return { width: WIDTH, height: HEIGHT, fps: FPS, frames: parseIvf(readFileSync(file)) };
}

function encodeClip(dir: string, file: string): void {
  mkdirSync(dir, { recursive: true });
  const y4m = path.join(dir, `source-${process.pid}.y4m`);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(y4m, syntheticY4m());
  try {
    execFileSync('vpxenc', [
      '--codec=vp8', '--rt', '--cpu-used=8', '--lag-in-frames=0', '--auto-alt-ref=0', '--error-resilient=1',
      `--target-bitrate=250`, `--kf-min-dist=${KEYFRAME_INTERVAL}`, `--kf-max-dist=${KEYFRAME_INTERVAL}`,
      '--ivf', '--quiet', '-o', partial, y4m,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(`vpxenc could not encode the light participant's clip (is vpx-tools installed?): ${String(error)}`);
  }
  renameSync(partial, file);
}

/** Raw 4:2:0 frames in a YUV4MPEG2 stream: vpxenc reads the size and rate from its header. */
function syntheticY4m(): Buffer {
  const chunks: Buffer[] = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  const lumaSize = WIDTH * HEIGHT;
  const chromaSize = (WIDTH / 2) * (HEIGHT / 2);
  for (let frame = 0; frame < FRAME_COUNT; frame += 1) {
    const picture = Buffer.alloc(lumaSize + 2 * chromaSize);
    const barX = Math.round((frame / FRAME_COUNT) * WIDTH);
    for (let y = 0; y < HEIGHT; y += 1) {
      for (let x = 0; x < WIDTH; x += 1) {
        const onBar = Math.abs(x - barX) < 16;
        picture[y * WIDTH + x] = onBar ? 235 : 40 + Math.round((150 * (x + y)) / (WIDTH + HEIGHT));
      }
    }
    picture.fill(90, lumaSize, lumaSize + chromaSize);
    picture.fill(170, lumaSize + chromaSize);
    chunks.push(Buffer.from('FRAME\n'), picture);
  }
  return Buffer.concat(chunks);
}

/** IVF: a 32-byte file header, then per frame a 12-byte header (size, timestamp) and the frame. */
function parseIvf(file: Buffer): EncodedFrame[] {
  if (file.toString('ascii', 0, 4) !== 'DKIF') throw new Error('not an IVF file');
  const frames: EncodedFrame[] = [];
  for (let offset = file.readUInt16LE(6); offset + 12 <= file.length; ) {
    const size = file.readUInt32LE(offset);
    const data = file.subarray(offset + 12, offset + 12 + size);
    // VP8 frame tag: the lowest bit of the first byte is 0 for a keyframe.
    frames.push({ data, keyframe: (data[0]! & 0x01) === 0 });
    offset += 12 + size;
  }
  return frames;
}
