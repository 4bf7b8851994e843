// Reads a SQLite file header (https://sqlite.org/fileformat.html §1.3) to refuse foreign or
// truncated files.
#include "core/store/file_check.h"

#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";  // followed by a NUL: 16 bytes in all

using Header = std::array<unsigned char, kHeaderSize>;

fs::path folderOf(const fs::path& path) {
    const fs::path folder = path.parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

std::uint32_t bigEndian32(const Header& header, std::size_t offset) {
    return std::uint32_t{header[offset]} << 24 | std::uint32_t{header[offset + 1]} << 16 |
           std::uint32_t{header[offset + 2]} << 8 | std::uint32_t{header[offset + 3]};
}

/// Page size in bytes; the value 1 stands for 65536.
std::uint32_t pageSize(const Header& header) {
    const std::uint32_t raw = std::uint32_t{header[16]} << 8 | header[17];
    return raw == 1 ? 65536 : raw;
}

bool validPageSize(std::uint32_t size) {
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

/// The page count the header states, when it is valid (the change counter at offset 24 matches
/// the version-valid-for number at offset 92); 0 otherwise.
std::uint32_t statedPageCount(const Header& header) {
    if (bigEndian32(header, 24) != bigEndian32(header, 92))
        return 0;
    return bigEndian32(header, 28);
}

Result<FileState> checkDatabaseSize(const fs::path& path, const Header& header,
                                    std::uintmax_t fileSize) {
    const std::uint32_t size = pageSize(header);
    const std::string name = path.string();
    if (!validPageSize(size))
        return Error{name + " is damaged: its header is not valid."};
    if (holdsChanges(path.string() + "-wal"))
        return FileState::Database;
    const std::uintmax_t stated = std::uintmax_t{statedPageCount(header)} * size;
    if (fileSize < stated || fileSize % size != 0) {
        return Error{name + " is damaged: the file is truncated (" + std::to_string(fileSize) +
                     " bytes, " + std::to_string(stated == 0 ? fileSize : stated) +
                     " expected in whole pages of " + std::to_string(size) + ")."};
    }
    return FileState::Database;
}

}  // namespace

Result<FileState> inspectDatabaseFile(const fs::path& path) {
    const std::string name = path.string();
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
        return FileState::Missing;
    if (error)
        return Error{"Cannot look at " + name + ": " + error.message() + "."};
    if (fs::is_directory(status))
        return Error{name + " is a folder, not a Yeonpyo document."};
    if (!fs::is_regular_file(status))
        return Error{name + " is not a regular file."};

    const std::uintmax_t fileSize = fs::file_size(path, error);
    if (error)
        return Error{"Cannot look at " + name + ": " + error.message() + "."};
    if (fileSize == 0)
        return FileState::Empty;

    Header header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"Cannot read " + name + "."};
    in.read(reinterpret_cast<char*>(header.data()), kHeaderSize);
    const auto got = static_cast<std::size_t>(in.gcount());
    const std::size_t magicSize = sizeof(kMagic);
    if (got < magicSize || std::memcmp(header.data(), kMagic, magicSize) != 0) {
        return Error{name + " is not a Yeonpyo document (it is not a SQLite database)."};
    }
    if (got < kHeaderSize)
        return Error{name + " is damaged: the file is truncated."};
    return checkDatabaseSize(path, header, fileSize);
}

Status checkWritable(const fs::path& path, FileState state) {
    const std::string name = path.string();
    if (state != FileState::Missing && ::access(path.c_str(), W_OK) != 0) {
        return Error{name + " is read-only, and Yeonpyo needs to write to it."};
    }
    std::error_code error;
    if (!fs::is_directory(folderOf(path), error)) {
        return Error{"The folder of " + name + " does not exist."};
    }
    if (!canWriteFolderOf(path)) {
        return Error{"The folder of " + name +
                     " is read-only, and Yeonpyo needs to write files beside the document."};
    }
    return success();
}

bool canWriteFolderOf(const fs::path& path) {
    return ::access(folderOf(path).c_str(), W_OK) == 0;
}

bool holdsChanges(const fs::path& log) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(log, error);
    return !error && size > 0;
}

}  // namespace yeonpyo::store
