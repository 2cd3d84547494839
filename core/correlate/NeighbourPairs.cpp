#include "core/correlate/NeighbourPairs.h"

#include "core/model/ParallelReduce.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tx::core {

PairCutoffs::PairCutoffs(int typeCount, double cutoff)
    : m_types(typeCount), m_rc(static_cast<std::size_t>(typeCount * typeCount), cutoff) {}

void PairCutoffs::set(int a, int b, double cutoff) {
    m_rc[a * m_types + b] = cutoff;
    m_rc[b * m_types + a] = cutoff;
}

double PairCutoffs::largest() const {
    return *std::max_element(m_rc.begin(), m_rc.end());
}

namespace {

using PairList = std::vector<NeighbourPair>;
constexpr std::size_t kChunk = 256;

void appendInOrder(PairList& total, const PairList& part) {
    total.insert(total.end(), part.begin(), part.end());
}

bool isNeighbour(const Box& box, std::span<const Eigen::Vector3d> r, std::span<const int> type,
                 const PairCutoffs& rc, std::size_t i, std::size_t j) {
    const double c = rc.cutoff(type[i], type[j]);
    return box.minimumImage(r[j] - r[i]).squaredNorm() < c * c;
}

PairList allPairs(const Box& box, std::span<const Eigen::Vector3d> r, std::span<const int> type,
                  const PairCutoffs& rc) {
    return reduceInChunks(
        r.size(), kChunk, PairList{},
        [&](std::size_t begin, std::size_t end, PairList& out) {
            for (std::size_t i = begin; i < end; ++i)
                for (std::size_t j = i + 1; j < r.size(); ++j)
                    if (isNeighbour(box, r, type, rc, i, j))
                        out.push_back(
                            {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
        },
        appendInOrder);
}

} // namespace

std::vector<NeighbourPair> findNeighbourPairs(const Box& box, std::span<const Eigen::Vector3d> r,
                                              std::span<const int> type, const PairCutoffs& rc) {
    if (r.size() >= (std::size_t{1} << 32))
        throw std::invalid_argument("too many atoms for 32-bit pair indices");
    const Eigen::Vector3d widths = box.perpendicularWidths();
    const double rmax = rc.largest();
    if (rmax * 2.0 > widths.minCoeff())
        throw std::invalid_argument("the pair cutoff " + std::to_string(rmax) +
                                    " exceeds half the box width " +
                                    std::to_string(widths.minCoeff() / 2));
    // Cells at least rmax wide, and not more of them than atoms (at least 27): a tiny r_c or
    // a huge, dilute cell must not allocate millions of empty cells. Larger cells than rmax
    // find the same pairs, only with more candidates.
    const std::size_t n = r.size();
    Eigen::Vector3d fit = (widths / rmax).array().floor();
    const double excess = fit.prod() / std::max(27.0, double(n));
    if (excess > 1.0)
        fit = (fit / std::cbrt(excess)).array().floor();
    const Eigen::Vector3i cells = fit.cast<int>();
    if (cells.minCoeff() < 3)
        return allPairs(box, r, type, rc);

    // Bin atoms by fractional coordinate; cell sides are >= rmax along each face normal.
    std::vector<int> cellOf(n);
    const int cellCount = cells.prod();
    std::vector<std::vector<std::uint32_t>> members(static_cast<std::size_t>(cellCount));
    for (std::size_t a = 0; a < n; ++a) {
        Eigen::Vector3d s = box.toFractional(r[a]);
        int idx = 0;
        for (int k = 2; k >= 0; --k) {
            const double f = s[k] - std::floor(s[k]);
            const int c = std::min(cells[k] - 1, static_cast<int>(f * cells[k]));
            idx = idx * cells[k] + c;
        }
        cellOf[a] = idx;
        members[static_cast<std::size_t>(idx)].push_back(static_cast<std::uint32_t>(a));
    }
    auto coords = [&](int idx) {
        Eigen::Vector3i c;
        c[0] = idx % cells[0];
        c[1] = (idx / cells[0]) % cells[1];
        c[2] = idx / (cells[0] * cells[1]);
        return c;
    };
    auto index = [&](Eigen::Vector3i c) {
        for (int k = 0; k < 3; ++k)
            c[k] = (c[k] % cells[k] + cells[k]) % cells[k];
        return (c[2] * cells[1] + c[1]) * cells[0] + c[0];
    };
    return reduceInChunks(
        n, kChunk, PairList{},
        [&](std::size_t begin, std::size_t end, PairList& out) {
            std::vector<std::uint32_t> partners;
            for (std::size_t i = begin; i < end; ++i) {
                partners.clear();
                const Eigen::Vector3i c = coords(cellOf[i]);
                for (int dz = -1; dz <= 1; ++dz)
                    for (int dy = -1; dy <= 1; ++dy)
                        for (int dx = -1; dx <= 1; ++dx)
                            for (std::uint32_t j : members[static_cast<std::size_t>(
                                     index(c + Eigen::Vector3i(dx, dy, dz)))])
                                if (j > i && isNeighbour(box, r, type, rc, i, j))
                                    partners.push_back(j);
                std::sort(partners.begin(), partners.end());
                for (std::uint32_t j : partners)
                    out.push_back({static_cast<std::uint32_t>(i), j});
            }
        },
        appendInOrder);
}

} // namespace tx::core
