// TileUrlTemplate: a tile server address with {z}/{x}/{y} placeholders, checked before any use.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include "app/render/tile_source.h"
#include "core/model/result.h"

namespace yeonpyo::net {

/// OpenStreetMap's standard tile layer; its usage policy applies to anyone who uses it.
inline constexpr char kOpenStreetMapTileUrl[] = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
inline constexpr char kOpenStreetMapAttribution[] = "© OpenStreetMap contributors";

/// A tile URL template such as "https://{s}.tile.example.org/{z}/{x}/{y}.png". {s} takes each
/// subdomain in turn (spreading requests), the others the tile's level, column and row.
class TileUrlTemplate {
public:
    /// Checks text: http or https, a host, each of {z}, {x} and {y}, and no user name or password
    /// (credentials in a URL end up in logs and settings). One sentence when refused, never
    /// repeating a password.
    static Result<TileUrlTemplate> parse(const QString& text,
                                         const QStringList& subdomains = {"a", "b", "c"});

    /// The address of one tile.
    QUrl urlFor(const render::TileId& id) const;
    /// True when url has the template's scheme and port and one of its hosts, and no user name:
    /// where a redirect may lead.
    bool allows(const QUrl& url) const;
    /// The hosts tiles come from (one per subdomain).
    const QStringList& hosts() const { return hosts_; }
    const QString& text() const { return text_; }
    /// The template without query (which may hold an API key), fit for logs and messages.
    QString displayText() const;

private:
    QString expand(const render::TileId& id, const QString& subdomain) const;

    QString text_;
    QStringList subdomains_;
    QStringList hosts_;
    QString scheme_;
    int port_ = -1;  ///< -1: the scheme's default.
};

}  // namespace yeonpyo::net
