/**
 * Write to stdout, waiting when the pipe is full so a long batch does not pile its output up in memory.
 * If stdout closes meanwhile, the process's stdout error handler ends the run (see main.ts).
 */
export async function writeOut(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      process.stdout.off("drain", done);
      process.stdout.off("close", done);
      resolve();
    };
    process.stdout.once("drain", done);
    process.stdout.once("close", done);
  });
}
