#include "tests/support/GsdWriter.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <stdexcept>

namespace tx::test {

namespace {

struct Entry {
    std::uint64_t frame, rows;
    std::int64_t location;
    std::uint32_t columns;
    std::uint16_t id;
    std::uint8_t type;
};

class GsdSink {
public:
    explicit GsdSink(const std::string& path) : m_out(path, std::ios::binary) {
        m_out.write(std::string(256, '\0').data(), 256); // the header, written last
    }
    template <class T>
    void chunk(std::uint64_t frame, const std::string& name, std::uint8_t type,
               const std::vector<T>& values, std::uint32_t columns) {
        if (!m_ids.count(name)) {
            m_ids.emplace(name, static_cast<std::uint16_t>(m_names.size()));
            m_names.push_back(name);
        }
        m_entries.push_back({frame, values.size() / columns,
                             static_cast<std::int64_t>(m_out.tellp()), columns, m_ids.at(name),
                             type});
        m_out.write(reinterpret_cast<const char*>(values.data()),
                    static_cast<std::streamsize>(values.size() * sizeof(T)));
    }
    void finish(const std::string& schema) {
        const std::uint64_t indexLocation = static_cast<std::uint64_t>(m_out.tellp());
        for (const Entry& e : m_entries) {
            char raw[32] = {};
            std::memcpy(raw, &e.frame, 8);
            std::memcpy(raw + 8, &e.rows, 8);
            std::memcpy(raw + 16, &e.location, 8);
            std::memcpy(raw + 24, &e.columns, 4);
            std::memcpy(raw + 28, &e.id, 2);
            std::memcpy(raw + 30, &e.type, 1);
            m_out.write(raw, 32);
        }
        const std::uint64_t namesLocation = static_cast<std::uint64_t>(m_out.tellp());
        std::string names;
        for (const auto& n : m_names)
            names += n + '\0';
        names.resize((names.size() + 63) / 64 * 64, '\0');
        m_out.write(names.data(), static_cast<std::streamsize>(names.size()));
        char header[256] = {};
        const std::uint64_t magic = 0x65DF65DF65DF65DFull, entries = m_entries.size(),
                            nameBlocks = names.size() / 64;
        const std::uint32_t schemaVersion = (1u << 16) | 4u, gsdVersion = 2u << 16;
        std::memcpy(header, &magic, 8);
        std::memcpy(header + 8, &indexLocation, 8);
        std::memcpy(header + 16, &entries, 8);
        std::memcpy(header + 24, &namesLocation, 8);
        std::memcpy(header + 32, &nameBlocks, 8);
        std::memcpy(header + 40, &schemaVersion, 4);
        std::memcpy(header + 44, &gsdVersion, 4);
        std::strncpy(header + 48, "Tx Workbench tests", 63);
        std::strncpy(header + 112, schema.c_str(), 63);
        m_out.seekp(0);
        m_out.write(header, 256);
        if (!m_out)
            throw std::runtime_error("cannot write the GSD file");
    }

private:
    std::ofstream m_out;
    std::map<std::string, std::uint16_t> m_ids;
    std::vector<std::string> m_names;
    std::vector<Entry> m_entries;
};

} // namespace

void writeGsd(const std::string& path, const std::vector<core::Frame>& frames,
              const GsdOptions& options) {
    GsdSink out(path);
    for (std::uint64_t f = 0; f < frames.size(); ++f) {
        const core::Frame& frame = frames[f];
        const Eigen::Matrix3d h = frame.box.cellVectors();
        const std::size_t n = frame.atomCount();
        out.chunk<std::uint64_t>(f, "configuration/step", 4,
                                 {static_cast<std::uint64_t>(frame.timestep)}, 1);
        out.chunk<std::uint8_t>(f, "configuration/dimensions", 1,
                                {static_cast<std::uint8_t>(options.dimensions)}, 1);
        out.chunk<float>(f, "configuration/box", 9,
                         {float(h(0, 0)), float(h(1, 1)), float(h(2, 2)), float(h(0, 1) / h(1, 1)),
                          float(h(0, 2) / h(2, 2)), float(h(1, 2) / h(2, 2))},
                         1);
        out.chunk<std::uint32_t>(f, "particles/N", 3, {static_cast<std::uint32_t>(n)}, 1);
        // HOOMD's box is centred on the origin; positions keep their place relative to it.
        const Eigen::Vector3d centre = frame.box.origin() + 0.5 * h * Eigen::Vector3d::Ones();
        std::vector<float> position;
        std::vector<std::int32_t> image;
        std::vector<std::uint32_t> typeId;
        for (std::size_t a = 0; a < n; ++a) {
            const Eigen::Vector3d r = frame.positions[a] - centre;
            Eigen::Vector3d s = h.inverse() * r, wrapped = r;
            for (int k = 0; k < 3; ++k) {
                const double i = std::floor(s[k] + 0.5);
                image.push_back(static_cast<std::int32_t>(i));
                s[k] -= i;
            }
            wrapped = h * s;
            for (int k = 0; k < 3; ++k)
                position.push_back(static_cast<float>(wrapped[k]));
            typeId.push_back(static_cast<std::uint32_t>(frame.types[a] + options.typeIdShift));
        }
        if (options.positions)
            out.chunk<float>(f, "particles/position", 9, position, 3);
        if (options.images)
            out.chunk<std::int32_t>(f, "particles/image", 7, image, 3);
        out.chunk<std::uint32_t>(f, "particles/typeid", 3, typeId, 1);
    }
    out.finish(options.schema);
}

} // namespace tx::test
