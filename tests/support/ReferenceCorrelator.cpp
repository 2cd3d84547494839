#include "tests/support/ReferenceCorrelator.h"

#include <cmath>

namespace tx::test {

namespace {
double isotropic(double q, const Eigen::Vector3d& d) {
    const double x = q * d.norm();
    return x == 0.0 ? 1.0 : std::sin(x) / x;
}
} // namespace

ReferenceCorrelators referenceCorrelators(const std::vector<core::Frame>& frames, double q,
                                          double rc, double overlapA) {
    const core::Frame& origin = frames.front();
    const Eigen::Vector3d edge = origin.box.cellVectors().diagonal();
    const std::size_t n = origin.atomCount();
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            Eigen::Vector3d d = origin.positions[j] - origin.positions[i];
            for (int k = 0; k < 3; ++k)
                d[k] -= edge[k] * std::round(d[k] / edge[k]);
            if (d.norm() < rc)
                pairs.emplace_back(i, j);
        }
    ReferenceCorrelators out;
    out.pairs = pairs.size();
    for (const core::Frame& f : frames) {
        double fs = 0, msd = 0, r4 = 0, plus = 0, minus = 0, overlap = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Eigen::Vector3d d = f.positions[i] - origin.positions[i];
            fs += isotropic(q, d);
            msd += d.squaredNorm();
            r4 += d.squaredNorm() * d.squaredNorm();
            if (d.norm() < overlapA)
                overlap += 1;
        }
        for (const auto& [i, j] : pairs) {
            const Eigen::Vector3d di = f.positions[i] - origin.positions[i];
            const Eigen::Vector3d dj = f.positions[j] - origin.positions[j];
            plus += isotropic(q, 0.5 * (di + dj));
            minus += isotropic(q, 0.5 * (di - dj));
        }
        out.fs.push_back(fs / double(n));
        out.msd.push_back(msd / double(n));
        out.r4.push_back(r4 / double(n));
        out.overlap.push_back(overlap / double(n));
        out.fplus.push_back(plus / double(pairs.size()));
        out.fminus.push_back(minus / double(pairs.size()));
    }
    return out;
}

} // namespace tx::test
