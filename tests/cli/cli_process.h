// CliProcess: runs the built yeonpyo-cli as a child process, reads its output, limits or kills it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace yeonpyo::cli::testing {

/// How the child starts, besides its arguments.
struct ChildSetup {
    /// XDG_RUNTIME_DIR of the child (Qt warns on standard error when it is unset); empty leaves
    /// it unset.
    std::filesystem::path runtimeFolder;
    /// Run as this user and group (only root may switch): file permissions do not bind root, so
    /// read-only files and folders are tested as an ordinary user.
    std::optional<uid_t> user;
    std::optional<gid_t> group;
    /// Largest file the child may write (RLIMIT_FSIZE); a write beyond it fails as on a full
    /// disk (SIGXFSZ is ignored, so the write returns an error instead of killing the child).
    std::optional<std::uintmax_t> maxFileBytes;
    /// A file the child reads as standard input; empty means /dev/null.
    std::filesystem::path standardInput;
    /// The program to run; empty means the built yeonpyo-cli. Another user may not reach the
    /// build tree (a checkout under /root), so ordinary-user runs use a copy.
    std::filesystem::path executable;
};

/// What a finished (or killed) run left.
struct CliRun {
    int exitCode = -1;      ///< The exit status; -1 when a signal ended the child.
    int signal = 0;         ///< The signal that ended it, or 0.
    bool timedOut = false;  ///< It ran past its time and was killed.
    std::string out;
    std::string err;
};

/// One running yeonpyo-cli; killed and reaped when destroyed if still running.
class CliProcess {
public:
    CliProcess(const std::vector<std::string>& arguments, const ChildSetup& setup);
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    /// The next complete line the child writes to standard error (without its line break), or
    /// nothing when the child closed standard error or `timeout` passed first.
    std::optional<std::string> nextErrorLine(std::chrono::milliseconds timeout);
    /// Sends a signal to the child.
    void kill(int signal);
    /// Reads everything until the child exits; kills it after `timeout`.
    CliRun wait(std::chrono::milliseconds timeout);

private:
    /// Reads what is available on the open pipes, waiting at most `timeout`; false when both
    /// pipes are closed.
    bool pump(std::chrono::milliseconds timeout);

    pid_t pid_ = -1;
    int outFd_ = -1;
    int errFd_ = -1;
    std::string out_;
    std::string err_;
    std::size_t errLinesTaken_ = 0;  ///< Bytes of err_ already returned by nextErrorLine().
};

/// Runs yeonpyo-cli to the end (at most `timeout`).
CliRun runCli(const std::vector<std::string>& arguments, const ChildSetup& setup,
              std::chrono::milliseconds timeout = std::chrono::seconds(120));

}  // namespace yeonpyo::cli::testing
