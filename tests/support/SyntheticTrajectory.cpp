#include "tests/support/SyntheticTrajectory.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <numeric>
#include <set>
#include <stdexcept>
#include <zlib.h>

namespace tx::test {

std::vector<std::int64_t> logSpacedSteps(std::int64_t first, std::int64_t last, int count) {
    std::set<std::int64_t> steps{0};
    for (int k = 0; k < count; ++k) {
        const double f = count > 1 ? double(k) / (count - 1) : 0.0;
        steps.insert(std::llround(std::exp(
            std::log(double(first)) + f * (std::log(double(last)) - std::log(double(first))))));
    }
    return {steps.begin(), steps.end()};
}

namespace {

Frame emptyFrame(std::size_t n, const core::Box& box) {
    Frame f;
    f.box = box;
    f.ids.resize(n);
    std::iota(f.ids.begin(), f.ids.end(), std::int64_t{1});
    f.types.assign(n, 1);
    f.positions.resize(n);
    return f;
}

double edgeFor(const BrownianSpec& s) {
    return std::cbrt(double(s.atoms) / s.density);
}

// Frames whose positions follow a Brownian walk per "body"; bodyOf maps atom -> body.
std::vector<Frame> walk(const BrownianSpec& spec, Frame start,
                        const std::vector<std::size_t>& bodyOf, std::size_t bodies,
                        double diffusion) {
    std::mt19937_64 rng(spec.seed * 7919 + 17);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::vector<Frame> frames;
    std::vector<Eigen::Vector3d> offset(bodies, Eigen::Vector3d::Zero());
    std::int64_t previous = spec.timesteps.front();
    for (std::int64_t step : spec.timesteps) {
        const double sigma = std::sqrt(2.0 * diffusion * double(step - previous) * spec.dt);
        for (auto& o : offset)
            for (int k = 0; k < 3; ++k)
                o[k] += sigma * gauss(rng);
        Frame f = start;
        f.timestep = step;
        for (std::size_t a = 0; a < f.positions.size(); ++a)
            f.positions[a] += offset[bodyOf[a]];
        frames.push_back(std::move(f));
        previous = step;
    }
    return frames;
}

Frame randomStart(const BrownianSpec& spec, const core::Box& box) {
    std::mt19937_64 rng(spec.seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    Frame f = emptyFrame(spec.atoms, box);
    for (std::size_t a = 0; a < spec.atoms; ++a) {
        f.positions[a] = box.fromFractional({u(rng), u(rng), u(rng)});
        f.types[a] = u(rng) < spec.fractionTypeTwo ? 2 : 1;
    }
    return f;
}

std::vector<std::size_t> identity(std::size_t n) {
    std::vector<std::size_t> v(n);
    std::iota(v.begin(), v.end(), std::size_t{0});
    return v;
}

} // namespace

std::vector<Frame> brownianFrames(const BrownianSpec& spec) {
    const double l = edgeFor(spec);
    const auto box = core::Box::orthogonal({0, 0, 0}, {l, l, l});
    return walk(spec, randomStart(spec, box), identity(spec.atoms), spec.atoms, spec.diffusion);
}

std::vector<Frame> triclinicBrownianFrames(const BrownianSpec& spec, double xy, double xz,
                                           double yz) {
    const double l = edgeFor(spec);
    const auto box =
        core::Box::triclinic({-1, 2, 0.5}, {l - 1, l + 2, l + 0.5}, xy * l, xz * l, yz * l);
    return walk(spec, randomStart(spec, box), identity(spec.atoms), spec.atoms, spec.diffusion);
}

std::vector<Frame> rigidDimerFrames(const BrownianSpec& spec) {
    const int cellsPerEdge = static_cast<int>(std::ceil(std::cbrt(double(spec.atoms / 2))));
    const double spacing = 3.0, l = spacing * cellsPerEdge;
    const auto box = core::Box::orthogonal({0, 0, 0}, {l, l, l});
    const std::size_t dimers = spec.atoms / 2;
    Frame f = emptyFrame(2 * dimers, box);
    std::mt19937_64 rng(spec.seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::vector<std::size_t> bodyOf(2 * dimers);
    for (std::size_t d = 0; d < dimers; ++d) {
        const Eigen::Vector3d centre(spacing * (0.5 + double(d % cellsPerEdge)),
                                     spacing * (0.5 + double((d / cellsPerEdge) % cellsPerEdge)),
                                     spacing * (0.5 + double(d / (cellsPerEdge * cellsPerEdge))));
        const Eigen::Vector3d axis = Eigen::Vector3d(u(rng), u(rng), u(rng)).normalized();
        f.positions[2 * d] = centre - 0.5 * axis;
        f.positions[2 * d + 1] = centre + 0.5 * axis;
        f.types[2 * d + 1] = 2;
        bodyOf[2 * d] = bodyOf[2 * d + 1] = d;
    }
    return walk(spec, f, bodyOf, dimers, spec.diffusion);
}

std::vector<Frame> frozenFrames(const BrownianSpec& spec) {
    BrownianSpec still = spec;
    still.diffusion = 0.0;
    return brownianFrames(still);
}

namespace {

class TextSink {
public:
    explicit TextSink(const std::string& path) : m_gz(path.size() > 3 && path.ends_with(".gz")) {
        if (m_gz)
            m_gzFile = gzopen(path.c_str(), "wb6");
        else
            m_file = std::fopen(path.c_str(), "wb");
        if (!m_gzFile && !m_file)
            throw std::runtime_error("cannot write " + path);
    }
    ~TextSink() {
        if (m_gzFile)
            gzclose(m_gzFile);
        if (m_file)
            std::fclose(m_file);
    }
    void write(const std::string& s) {
        if (m_gzFile)
            gzwrite(m_gzFile, s.data(), static_cast<unsigned>(s.size()));
        else
            std::fwrite(s.data(), 1, s.size(), m_file);
    }

private:
    bool m_gz;
    gzFile m_gzFile = nullptr;
    std::FILE* m_file = nullptr;
};

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace

void writeText(const std::string& path, const std::string& text) {
    TextSink sink(path);
    sink.write(text);
}

void writeLammpsDump(const std::string& path, const std::vector<Frame>& frames,
                     const DumpStyle& style) {
    TextSink sink(path);
    std::mt19937_64 rng(style.seed);
    for (const Frame& f : frames) {
        const core::Box& box = f.box;
        const Eigen::Matrix3d& h = box.cellVectors();
        std::string s = "ITEM: TIMESTEP\n" + std::to_string(f.timestep) +
                        "\nITEM: NUMBER OF ATOMS\n" + std::to_string(f.atomCount()) + "\n";
        const Eigen::Vector3d lo = box.origin(), hi = box.origin() + h.diagonal();
        if (box.isTriclinic()) {
            const double xy = h(0, 1), xz = h(0, 2), yz = h(1, 2);
            const double xlob = lo[0] + std::min({0.0, xy, xz, xy + xz});
            const double xhib = hi[0] + std::max({0.0, xy, xz, xy + xz});
            const double ylob = lo[1] + std::min(0.0, yz), yhib = hi[1] + std::max(0.0, yz);
            s += "ITEM: BOX BOUNDS xy xz yz pp pp pp\n" + fmt(xlob) + " " + fmt(xhib) + " " +
                 fmt(xy) + "\n" + fmt(ylob) + " " + fmt(yhib) + " " + fmt(xz) + "\n" + fmt(lo[2]) +
                 " " + fmt(hi[2]) + " " + fmt(yz) + "\n";
        } else {
            s += "ITEM: BOX BOUNDS pp pp pp\n";
            for (int k = 0; k < 3; ++k)
                s += fmt(lo[k]) + " " + fmt(hi[k]) + "\n";
        }
        std::vector<std::string> names;
        switch (style.columns) {
        case DumpColumns::Unwrapped:
            names = {"xu", "yu", "zu"};
            break;
        case DumpColumns::ScaledUnwrapped:
            names = {"xsu", "ysu", "zsu"};
            break;
        case DumpColumns::WrappedWithImages:
            names = {"x", "y", "z", "ix", "iy", "iz"};
            break;
        case DumpColumns::ScaledWithImages:
            names = {"xs", "ys", "zs", "ix", "iy", "iz"};
            break;
        case DumpColumns::WrappedOnly:
            names = {"x", "y", "z"};
            break;
        }
        names.insert(names.begin(), {"id", "type"});
        if (style.shuffleColumns)
            std::reverse(names.begin(), names.end());
        s += "ITEM: ATOMS";
        for (const auto& n : names)
            s += " " + n;
        s += "\n";
        std::vector<std::size_t> order(f.atomCount());
        std::iota(order.begin(), order.end(), std::size_t{0});
        if (style.shuffleAtoms)
            std::shuffle(order.begin(), order.end(), rng);
        for (std::size_t a : order) {
            const Eigen::Vector3d frac = box.toFractional(f.positions[a]);
            Eigen::Vector3d image, wrappedFrac;
            for (int k = 0; k < 3; ++k) {
                image[k] = std::floor(frac[k]);
                wrappedFrac[k] = frac[k] - image[k];
            }
            const Eigen::Vector3d wrapped = box.fromFractional(wrappedFrac);
            std::string line;
            for (const auto& n : names) {
                std::string v;
                if (n == "id")
                    v = std::to_string(f.ids[a]);
                else if (n == "type")
                    v = std::to_string(f.types[a]);
                else if (n == "xu" || n == "yu" || n == "zu")
                    v = fmt(f.positions[a][n[0] - 'x']);
                else if (n == "xsu" || n == "ysu" || n == "zsu")
                    v = fmt(frac[n[0] - 'x']);
                else if (n == "x" || n == "y" || n == "z")
                    v = fmt(wrapped[n[0] - 'x']);
                else if (n == "xs" || n == "ys" || n == "zs")
                    v = fmt(wrappedFrac[n[0] - 'x']);
                else
                    v = std::to_string(static_cast<long long>(image[n[1] - 'x']));
                line += (line.empty() ? "" : " ") + v;
            }
            s += line + "\n";
        }
        sink.write(s);
    }
}

void writeExtendedXyz(const std::string& path, const std::vector<Frame>& frames) {
    TextSink sink(path);
    for (const Frame& f : frames) {
        const Eigen::Matrix3d& h = f.box.cellVectors();
        std::string s = std::to_string(f.atomCount()) + "\nLattice=\"";
        for (int v = 0; v < 9; ++v)
            s += fmt(h(v % 3, v / 3)) + (v < 8 ? " " : "");
        const Eigen::Vector3d o = f.box.origin();
        s += "\" Origin=\"" + fmt(o[0]) + " " + fmt(o[1]) + " " + fmt(o[2]) +
             "\" Properties=species:S:1:pos:R:3:id:I:1 step=" + std::to_string(f.timestep) +
             " pbc=\"T T T\"\n";
        for (std::size_t a = 0; a < f.atomCount(); ++a) {
            const Eigen::Vector3d& r = f.positions[a];
            s += std::string(f.types[a] == 1 ? "Ni" : "P") + " " + fmt(r[0]) + " " + fmt(r[1]) +
                 " " + fmt(r[2]) + " " + std::to_string(f.ids[a]) + "\n";
        }
        sink.write(s);
    }
}

namespace {

class BinarySink {
public:
    BinarySink(const std::string& path, bool swap)
        : m_file(std::fopen(path.c_str(), "wb")), m_swap(swap) {
        if (!m_file)
            throw std::runtime_error("cannot write " + path);
    }
    ~BinarySink() { std::fclose(m_file); }
    template <class T> void put(T v) {
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        if (m_swap)
            std::reverse(b, b + sizeof(T));
        std::fwrite(b, 1, sizeof(T), m_file);
    }
    void raw(const char* data, std::size_t n) { std::fwrite(data, 1, n, m_file); }

private:
    std::FILE* m_file;
    bool m_swap;
};

} // namespace

void writeDcd(const std::string& path, const std::vector<Frame>& frames, std::int32_t interval,
              bool bigEndian, DcdCell convention) {
    BinarySink out(path, bigEndian);
    out.put<std::int32_t>(84);
    out.raw("CORD", 4);
    const std::int32_t control[20] = {std::int32_t(frames.size()),
                                      std::int32_t(frames.front().timestep),
                                      interval,
                                      std::int32_t(frames.front().timestep),
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      1,
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      0,
                                      convention == DcdCell::BoxMatrix ? 36 : 24};
    for (int k = 0; k < 20; ++k)
        if (k == 9)
            out.put<float>(0.005f); // DELTA
        else
            out.put(control[k]);
    out.put<std::int32_t>(84);
    char title[80] = "Created by the Tx Workbench tests";
    out.put<std::int32_t>(84);
    out.put<std::int32_t>(1);
    out.raw(title, 80);
    out.put<std::int32_t>(84);
    const auto n = std::int32_t(frames.front().atomCount());
    out.put<std::int32_t>(4);
    out.put(n);
    out.put<std::int32_t>(4);
    for (const Frame& f : frames) {
        // CHARMM c36 writes the symmetric matrix S = sqrt(h^T h), the same cell turned so that
        // it is symmetric; positions are turned with it (s stays the same).
        const Eigen::Matrix3d h =
            convention == DcdCell::BoxMatrix
                ? Eigen::Matrix3d(Eigen::SelfAdjointEigenSolver<Eigen::Matrix3d>(
                                      f.box.cellVectors().transpose() * f.box.cellVectors())
                                      .operatorSqrt())
                : f.box.cellVectors();
        const Eigen::Vector3d a = h.col(0), b = h.col(1), c = h.col(2);
        const double degrees = 180.0 / 3.14159265358979323846;
        auto angle = [&](const Eigen::Vector3d& u, const Eigen::Vector3d& v) {
            const double cosine = u.dot(v) / (u.norm() * v.norm());
            return convention == DcdCell::Degrees ? std::acos(cosine) * degrees : cosine;
        };
        double cell[6] = {a.norm(), angle(a, b), b.norm(), angle(a, c), angle(b, c), c.norm()};
        if (convention == DcdCell::BoxMatrix) {
            const double matrix[6] = {h(0, 0), h(1, 0), h(1, 1), h(2, 0), h(2, 1), h(2, 2)};
            std::copy(matrix, matrix + 6, cell);
        }
        out.put<std::int32_t>(48);
        for (double v : cell)
            out.put(v);
        out.put<std::int32_t>(48);
        for (int k = 0; k < 3; ++k) {
            out.put<std::int32_t>(4 * n);
            for (std::size_t i = 0; i < f.atomCount(); ++i) {
                Eigen::Vector3d s = f.box.toFractional(f.positions[i]);
                for (int d = 0; d < 3; ++d)
                    s[d] -= std::floor(s[d]);
                out.put<float>(float((h * s)[k])); // wrapped, relative to the box corner
            }
            out.put<std::int32_t>(4 * n);
        }
    }
}

} // namespace tx::test
