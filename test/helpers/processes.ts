import { spawn } from "node:child_process";

/** The pid of a process that has just ended. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((done) => child.on("exit", done));
  return child.pid as number;
}
