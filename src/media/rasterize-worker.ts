import { drawSvg } from './draw-svg.ts';
import { READY } from './rasterize-svg.ts';

/**
 * Child-process entry of rasterizeSvg: reads an SVG from stdin, writes READY and then the PNG to stdout and
 * exits 0, or exits 2 when the SVG cannot be drawn. Runs apart so the parent can kill it.
 */
const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
// One byte says "drawing starts now", so the parent times the drawing and not a slow start on a busy machine.
await new Promise<void>((resolve) => process.stdout.write(Buffer.from([READY]), () => resolve()));
const png = drawSvg(Buffer.concat(chunks).toString('utf8'));
if (png) process.stdout.write(png, () => process.exit(0));
else process.exit(2);
