import { ioFailure, reasonOf } from "../../electron/services/io-errors";

// Every errno a save can meet on Linux, macOS or Windows (open, write, fsync, rename, chmod,
// chown, mkdir, unlink, readdir, on a local disk or a network share).
const SAVE_ERRNOS = [
  "ENOENT", "ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EFBIG", "EBUSY", "ETXTBSY", "EISDIR", "EMFILE", "ENFILE",
  "ENAMETOOLONG", "ELOOP", "EIO", "EXDEV", "EEXIST", "ENOMEM", "EAGAIN", "EINTR", "ESTALE", "ENODEV", "ENXIO", "ETIMEDOUT",
  "ENOTSUP", "EOPNOTSUPP", "EINVAL", "EBADF", "EMLINK", "EOVERFLOW", "ENOLCK", "ENOBUFS", "ECANCELED", "ENOTCONN", "ECONNRESET",
  "ECONNABORTED", "ENETDOWN", "ENETUNREACH", "EHOSTUNREACH", "EHOSTDOWN", "EREMOTEIO", "ENOMEDIUM", "EUCLEAN",
];

it("every errno a save can meet has its own sentence, naming the file and a fix", () => {
  for (const errno of SAVE_ERRNOS) {
    const [, reason, fix] = reasonOf(errno);
    expect(reason, errno).not.toContain("the system reported an error");
    const failure = ioFailure(Object.assign(new Error(errno), { code: errno }), "/p/Settings/directory.json", "write");
    expect(failure.error.message, errno).toBe(`Could not save "/p/Settings/directory.json": ${reason}. ${fix}, then save again; the file was not changed.`);
  }
});

it("EDQUOT is named even when libuv reports it as an unknown system error", () => {
  const failure = ioFailure(Object.assign(new Error("Unknown system error -122"), { code: "Unknown system error -122", errno: -122 }), "/p/d.json", "write");
  if (process.platform === "linux") expect(failure.error.message).toContain("quota");
});
