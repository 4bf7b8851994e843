// Child process handling for the CLI tests: fork, limits, exec of yeonpyo-cli, pipes read with
// poll.
#include "tests/cli/cli_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

extern char** environ;

namespace yeonpyo::cli::testing {
namespace {

using Clock = std::chrono::steady_clock;

/// The child's environment: the parent's, with the platform, runtime folder and locale fixed
/// (the runtime folder left unset when the setup names none).
std::vector<std::string> childEnvironment(const ChildSetup& setup) {
    std::vector<std::pair<std::string, std::string>> fixed{{"QT_QPA_PLATFORM", "offscreen"},
                                                           {"LC_ALL", "C.UTF-8"}};
    if (!setup.runtimeFolder.empty())
        fixed.emplace_back("XDG_RUNTIME_DIR", setup.runtimeFolder.string());
    std::vector<std::string> environment;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view variable(*entry);
        bool replaced = variable.starts_with("XDG_RUNTIME_DIR=");
        for (const auto& [name, value] : fixed)
            replaced = replaced || variable.starts_with(name + "=");
        if (!replaced)
            environment.emplace_back(variable);
    }
    for (const auto& [name, value] : fixed)
        environment.push_back(name + "=" + value);
    return environment;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (std::string& text : strings)
        pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

/// In the forked child, before exec: only async-signal-safe calls.
[[noreturn]] void becomeCli(const ChildSetup& setup, int outFd, int errFd, char** argv,
                            char** envp) {
    const char* input = setup.standardInput.empty() ? "/dev/null" : setup.standardInput.c_str();
    const int inFd = ::open(input, O_RDONLY);
    if (inFd < 0 || ::dup2(inFd, 0) < 0 || ::dup2(outFd, 1) < 0 || ::dup2(errFd, 2) < 0)
        ::_exit(126);
    if (setup.maxFileBytes) {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        const rlimit limit{*setup.maxFileBytes, *setup.maxFileBytes};
        if (::sigaction(SIGXFSZ, &ignore, nullptr) != 0 || ::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            ::_exit(126);
    }
    if (setup.group && ::setgid(*setup.group) != 0)
        ::_exit(126);
    if (setup.user && ::setuid(*setup.user) != 0)
        ::_exit(126);
    ::execve(argv[0], argv, envp);
    ::_exit(127);
}

}  // namespace

CliProcess::CliProcess(const std::vector<std::string>& arguments, const ChildSetup& setup) {
    std::vector<std::string> argvStrings{setup.executable.empty() ? std::string(YEONPYO_CLI_PATH)
                                                                  : setup.executable.string()};
    argvStrings.insert(argvStrings.end(), arguments.begin(), arguments.end());
    std::vector<std::string> envStrings = childEnvironment(setup);
    std::vector<char*> argv = pointersTo(argvStrings);
    std::vector<char*> envp = pointersTo(envStrings);
    int outPipe[2];
    int errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0)
        throw std::runtime_error("pipes for yeonpyo-cli could not be made");
    pid_ = ::fork();
    if (pid_ < 0)
        throw std::runtime_error("yeonpyo-cli could not be started");
    if (pid_ == 0)
        becomeCli(setup, outPipe[1], errPipe[1], argv.data(), envp.data());
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    outFd_ = outPipe[0];
    errFd_ = errPipe[0];
}

CliProcess::~CliProcess() {
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    for (int fd : {outFd_, errFd_}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool CliProcess::pump(std::chrono::milliseconds timeout) {
    std::vector<pollfd> pipes;
    for (int fd : {outFd_, errFd_}) {
        if (fd >= 0)
            pipes.push_back({fd, POLLIN, 0});
    }
    if (pipes.empty())
        return false;
    if (::poll(pipes.data(), pipes.size(), static_cast<int>(timeout.count())) <= 0)
        return true;
    for (const pollfd& polled : pipes) {
        if (polled.revents == 0)
            continue;
        char buffer[65536];
        const ssize_t got = ::read(polled.fd, buffer, sizeof buffer);
        int& fd = polled.fd == outFd_ ? outFd_ : errFd_;
        std::string& sink = polled.fd == outFd_ ? out_ : err_;
        if (got > 0) {
            sink.append(buffer, static_cast<std::size_t>(got));
        } else {
            ::close(fd);
            fd = -1;
        }
    }
    return true;
}

std::optional<std::string> CliProcess::nextErrorLine(std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        const std::size_t end = err_.find('\n', errLinesTaken_);
        if (end != std::string::npos) {
            std::string line = err_.substr(errLinesTaken_, end - errLinesTaken_);
            errLinesTaken_ = end + 1;
            return line;
        }
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0 || errFd_ < 0 || !pump(left))
            return std::nullopt;
    }
}

void CliProcess::kill(int signal) {
    if (pid_ > 0)
        ::kill(pid_, signal);
}

CliRun CliProcess::wait(std::chrono::milliseconds timeout) {
    CliRun run;
    const auto deadline = Clock::now() + timeout;
    while (outFd_ >= 0 || errFd_ >= 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            run.timedOut = true;
            ::kill(pid_, SIGKILL);
            break;
        }
        pump(left);
    }
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        run.signal = WTERMSIG(status);
    run.out = std::move(out_);
    run.err = std::move(err_);
    return run;
}

CliRun runCli(const std::vector<std::string>& arguments, const ChildSetup& setup,
              std::chrono::milliseconds timeout) {
    CliProcess process(arguments, setup);
    return process.wait(timeout);
}

}  // namespace yeonpyo::cli::testing
