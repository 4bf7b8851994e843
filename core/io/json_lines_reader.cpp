// Reads JSON Lines of yeonpyo.events/1 documents (what `yeonpyo-cli extract` writes) one line at a
// time, so that a file of any length needs the memory of its longest line.
#include <array>
#include <string>

#include "core/io/import.h"
#include "core/io/import_streams_p.h"

namespace yeonpyo::io {
namespace {

std::string lineError(std::int64_t line, const std::string& sentence) {
    return "line " + std::to_string(line) + ": " + sentence;
}

/// Reads one line without its end, keeping at most kMaxImportBytes of it (`tooLong` tells);
/// counts the bytes taken from the stream; false at the end of the stream.
bool readLine(std::istream& in, std::string& line, bool& tooLong, std::uint64_t& bytesRead) {
    line.clear();
    tooLong = false;
    std::array<char, 1 << 16> chunk{};
    bool any = false;
    for (;;) {
        in.getline(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto taken = static_cast<std::size_t>(in.gcount());
        bytesRead += taken;
        if (taken == 0 && !in)
            return any;
        any = true;
        const bool full = in.fail() && !in.eof();  // the chunk filled before the line ended
        const std::size_t stored = full || in.eof() ? taken : taken - 1;
        if (line.size() + stored <= kMaxImportBytes)
            line.append(chunk.data(), stored);
        else
            tooLong = true;
        if (!full)
            return true;
        in.clear();
    }
}

}  // namespace

Status streamJsonLines(std::istream& in, const ImportOptions& options, const ImportPartSink& sink) {
    std::string text;
    std::int64_t line = 0;
    std::uint64_t bytesRead = 0;
    bool tooLong = false;
    bool anyRecord = false;
    while (readLine(in, text, tooLong, bytesRead)) {
        ++line;
        if (tooLong)
            return Error{lineError(line, "The line is longer than the 64 MB a record may have.")};
        if (text.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        auto timeline = importJson(text, options);
        if (!timeline)
            return Error{lineError(line, timeline.error().message)};
        anyRecord = true;
        Status handed = sink(ImportPart{std::move(*timeline), true, line, bytesRead});
        if (!handed)
            return Error{lineError(line, handed.error().message)};
    }
    if (!anyRecord)
        return Error{"The file holds no records."};
    return success();
}

}  // namespace yeonpyo::io
