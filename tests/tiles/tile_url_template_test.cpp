// Tile URL templates: what is accepted, what is refused (without repeating secrets), where tiles
// and redirects may go.
#include <gtest/gtest.h>

#include "app/net/tile_url_template.h"

namespace yeonpyo::net {
namespace {

TEST(TileUrlTemplate, AcceptsWebTemplatesWithAllPlaceholders) {
    const char* accepted[] = {
        kOpenStreetMapTileUrl,
        "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
        "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.jpg",
        "https://maps.example.com/{z}/{y}/{x}?apikey=abc",
    };
    for (const char* text : accepted)
        EXPECT_TRUE(TileUrlTemplate::parse(text).ok()) << text;
}

TEST(TileUrlTemplate, RefusesOtherSchemesMissingPlaceholdersAndCredentials) {
    struct Row {
        const char* text;
        const char* reason;
    };
    const Row rows[] = {
        {"ftp://tiles.example.org/{z}/{x}/{y}.png", "only http and https"},
        {"file:///home/me/tiles/{z}/{x}/{y}.png", "not a valid web address"},
        {"tiles/{z}/{x}/{y}.png", "not a valid web address"},
        {"", "not a valid web address"},
        {"https://tiles.example.org/{z}/{x}.png", "lacks the placeholder {y}"},
        {"https://tiles.example.org/{x}/{y}.png", "lacks the placeholder {z}"},
        {"https://me:hunter2@tiles.example.org/{z}/{x}/{y}.png", "user name or password"},
        {"ftp://me:hunter2@tiles.example.org/{z}/{x}/{y}.png", "only http and https"},
    };
    for (const Row& row : rows) {
        const auto parsed = TileUrlTemplate::parse(row.text);
        ASSERT_FALSE(parsed.ok()) << row.text;
        const std::string& message = parsed.error().message;
        EXPECT_NE(message.find(row.reason), std::string::npos) << message;
        EXPECT_EQ(message.find("hunter2"), std::string::npos) << message;
        EXPECT_TRUE(message.ends_with(".")) << message;
    }
}

TEST(TileUrlTemplate, ExpandsTilesAndSpreadsSubdomains) {
    const auto parsed = TileUrlTemplate::parse("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->urlFor({5, 27, 12}).toString(),
              QStringLiteral("https://a.tiles.example.org/5/27/12.png"));
    EXPECT_EQ(parsed->urlFor({5, 28, 12}).host(), QStringLiteral("b.tiles.example.org"));
    EXPECT_EQ(parsed->hosts(),
              (QStringList{"a.tiles.example.org", "b.tiles.example.org", "c.tiles.example.org"}));
}

TEST(TileUrlTemplate, AllowsOnlyItsOwnSchemeHostsAndPort) {
    const auto parsed = TileUrlTemplate::parse("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->allows(QUrl("https://c.tiles.example.org/moved/1/0/0.png")));
    EXPECT_TRUE(parsed->allows(QUrl("https://A.Tiles.Example.org/1/0/0.png")));
    EXPECT_FALSE(parsed->allows(QUrl("https://tiles.example.org.evil.test/1/0/0.png")));
    EXPECT_FALSE(parsed->allows(QUrl("https://d.tiles.example.org/1/0/0.png")));
    EXPECT_FALSE(parsed->allows(QUrl("http://a.tiles.example.org/1/0/0.png")));
    EXPECT_FALSE(parsed->allows(QUrl("https://a.tiles.example.org:8443/1/0/0.png")));
    EXPECT_FALSE(parsed->allows(QUrl("https://u:p@a.tiles.example.org/1/0/0.png")));
}

TEST(TileUrlTemplate, DisplayTextHidesTheQuery) {
    const auto parsed =
        TileUrlTemplate::parse("https://maps.example.com/{z}/{x}/{y}.png?key=s3cr3t");
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->displayText(), QStringLiteral("https://maps.example.com/{z}/{x}/{y}.png"));
}

}  // namespace
}  // namespace yeonpyo::net
