#include "core/correlate/NeighbourPairs.h"

#include "core/correlate/NeighbourKernel.h"
#include "core/model/InputSentences.h"
#include "core/model/KeyGroups.h"
#include "core/model/ParallelReduce.h"
#include "core/output/Measurement.h"

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

// Squared cutoffs by type pair, and the pair test of the all-pairs loop and the triclinic
// cell list: the minimum image through Box (inline, with its own orthogonal path).
struct PairTest {
    const Box& box;
    std::vector<double> cutoffSquared;
    int types;
    PairTest(const Box& b, const PairCutoffs& rc) : box(b), types(rc.typeCount()) {
        for (int a = 0; a < types; ++a)
            for (int c = 0; c < types; ++c)
                cutoffSquared.push_back(rc.cutoff(a, c) * rc.cutoff(a, c));
    }
    bool near(const Eigen::Vector3d& ri, const Eigen::Vector3d& rj, int ti, int tj) const {
        const Eigen::Vector3d d = box.minimumImage(rj - ri);
        return d[0] * d[0] + d[1] * d[1] + d[2] * d[2] <
               cutoffSquared[std::size_t(ti * types + tj)];
    }
};

PairList allPairs(const Box& box, std::span<const Eigen::Vector3d> r, std::span<const int> type,
                  const PairCutoffs& rc) {
    const PairTest test(box, rc);
    return reduceInChunks(
        r.size(), kChunk, PairList{},
        [&](std::size_t begin, std::size_t end, PairList& out) {
            for (std::size_t i = begin; i < end; ++i)
                for (std::size_t j = i + 1; j < r.size(); ++j)
                    if (test.near(r[i], r[j], type[i], type[j]))
                        out.push_back(
                            {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
        },
        appendInOrder);
}

// The pairs (i < j) in (i, j) order: grouped by i, then each atom's few partners by j.
PairList inPairOrder(const PairList& found, std::size_t n) {
    const KeyGroups byAtom = groupByKey(found.size(), n, [&](std::size_t k) { return found[k].i; });
    PairList sorted(found.size());
    for (std::size_t at = 0; at < found.size(); ++at)
        sorted[at] = found[byAtom.order[at]];
    for (std::size_t a = 0; a < n; ++a)
        std::sort(sorted.begin() + std::ptrdiff_t(byAtom.start[a]),
                  sorted.begin() + std::ptrdiff_t(byAtom.start[a + 1]),
                  [](const NeighbourPair& x, const NeighbourPair& y) { return x.j < y.j; });
    return sorted;
}

// The cell list of an orthogonal box, the common case, made fast: positions wrapped into the
// box once and laid out cell by cell; each cell meets its own atoms and those of 13 of its 26
// neighbour cells (each pair of cells once), the periodic image chosen per neighbour cell by
// a shift rather than per pair by rounding. Cells are at least r_c wide and at least three
// along each axis, so the 13 cells are distinct and every pair within r_c is met once.
PairList orthogonalCellPairs(const Box& box, std::span<const Eigen::Vector3d> r,
                             std::span<const int> type, const PairCutoffs& rc,
                             const Eigen::Vector3i& cells, PairOrder order) {
    const std::size_t n = r.size();
    const Eigen::Vector3d length = box.cellVectors().diagonal();
    const PairTest test(box, rc); // its squared cutoffs
    const auto cellCount = static_cast<std::size_t>(cells.prod());
    std::vector<std::uint32_t> cellOf(n);
    std::vector<Eigen::Vector3d> wrapped(n);
    for (std::size_t a = 0; a < n; ++a) {
        const Eigen::Vector3d f = box.toFractional(r[a]);
        std::uint32_t idx = 0;
        for (int k = 2; k >= 0; --k) {
            const double inside = f[k] - std::floor(f[k]); // [0, 1]
            wrapped[a][k] = inside * length[k];
            const int c = std::min(cells[k] - 1, static_cast<int>(inside * cells[k]));
            idx = idx * std::uint32_t(cells[k]) + std::uint32_t(c);
        }
        cellOf[a] = idx;
    }
    // Members in cell order, their wrapped positions (SoA), types and atom indices.
    const KeyGroups byCell = groupByKey(n, cellCount, [&](std::size_t a) { return cellOf[a]; });
    const std::vector<std::size_t>& cellStart = byCell.start;
    std::vector<double> x(n), y(n), z(n);
    std::vector<int> memberType(n);
    std::vector<std::uint32_t> id(n);
    for (std::size_t m = 0; m < n; ++m) {
        const std::size_t a = byCell.order[m];
        x[m] = wrapped[a][0];
        y[m] = wrapped[a][1];
        z[m] = wrapped[a][2];
        memberType[m] = type[a];
        id[m] = static_cast<std::uint32_t>(a);
    }
    // Members [a0, a1) against [b0, b1) shifted (CellRuns): the candidates go through nearPairs
    // (NeighbourKernel: SIMD where the CPU has it) into `scratch`, the pairs found on to `out`.
    const CellMembers members{x.data(), y.data(), z.data(), memberType.data(), id.data()};
    auto meet = [&](const CellRuns& runs, PairList& out, PairList& scratch) {
        if (const std::size_t most = (runs.a1 - runs.a0) * (runs.b1 - runs.b0) + 3;
            scratch.size() < most)
            scratch.resize(2 * most);
        const std::size_t found =
            nearPairs(members, runs, test.cutoffSquared.data(), test.types, scratch.data());
        out.insert(out.end(), scratch.data(), scratch.data() + found);
    };
    // A cell index one step at most outside the grid along axis k, wrapped, and the shift of
    // the periodic image it stands for (one box length down or up).
    auto wrap = [&](int at, int k, double& shift) {
        shift = at < 0 ? -length[k] : at >= cells[k] ? length[k] : 0.0;
        return at < 0 ? at + cells[k] : at >= cells[k] ? at - cells[k] : at;
    };
    // Our atoms [a0, a1) against the cells x = xFrom … xTo of the row (cy, cz) (indices one step
    // outside the grid allowed). Neighbouring cells along x are neighbours in memory, so the
    // run is one range of members, cut in two only where it crosses the box's x boundary.
    auto meetRun = [&](std::size_t a0, std::size_t a1, int cy, int cz, int xFrom, int xTo,
                       PairList& out, PairList& scratch) {
        double shift[3];
        const int wy = wrap(cy, 1, shift[1]), wz = wrap(cz, 2, shift[2]);
        const auto row = std::size_t(wz * cells[1] + wy) * std::size_t(cells[0]);
        for (int cx = xFrom; cx <= xTo;) {
            int last = cx; // the run goes on while the image along x stays the same
            while (last < xTo && (last + 1 < 0) == (cx < 0) &&
                   (last + 1 >= cells[0]) == (cx >= cells[0]))
                ++last;
            const auto first = std::size_t(wrap(cx, 0, shift[0]));
            // The neighbours' atoms are at their position + shift: ours move by -shift.
            meet({a0,
                  a1,
                  cellStart[row + first],
                  cellStart[row + first + std::size_t(last - cx) + 1],
                  false,
                  {shift[0], shift[1], shift[2]}},
                 out, scratch);
            cx = last + 1;
        }
    };
    auto search = [&](std::size_t begin, std::size_t end, PairList& out) {
        PairList scratch(64);
        for (std::size_t cell = begin; cell < end; ++cell) {
            const int c[3] = {int(cell % std::size_t(cells[0])),
                              int(cell / std::size_t(cells[0]) % std::size_t(cells[1])),
                              int(cell / std::size_t(cells[0] * cells[1]))};
            const std::size_t a0 = cellStart[cell], a1 = cellStart[cell + 1];
            meet({a0, a1, a0, a1, true, {0, 0, 0}}, out, scratch);
            // The 13 neighbour cells after this one: (x + 1, y, z), and the rows x − 1 … x + 1
            // at (y + 1, z) and at (y − 1 … y + 1, z + 1).
            meetRun(a0, a1, c[1], c[2], c[0] + 1, c[0] + 1, out, scratch);
            meetRun(a0, a1, c[1] + 1, c[2], c[0] - 1, c[0] + 1, out, scratch);
            for (int dy = -1; dy <= 1; ++dy)
                meetRun(a0, a1, c[1] + dy, c[2] + 1, c[0] - 1, c[0] + 1, out, scratch);
        }
    };
    const std::size_t cellsPerChunk =
        std::max<std::size_t>(1, cellCount * kChunk / std::max<std::size_t>(n, 1));
    PairList found = reduceInChunks(cellCount, cellsPerChunk, PairList{}, search, appendInOrder);
    return order == PairOrder::ByAtom ? inPairOrder(found, n) : found;
}

} // namespace

std::vector<NeighbourPair> findNeighbourPairs(const Box& box, std::span<const Eigen::Vector3d> r,
                                              std::span<const int> type, const PairCutoffs& rc,
                                              PairOrder order) {
    if (r.size() >= (std::size_t{1} << 32))
        throw std::invalid_argument(sentence::kTooManyAtomsForPairs);
    const Eigen::Vector3d widths = box.perpendicularWidths();
    const double rmax = rc.largest();
    if (rmax * 2.0 > widths.minCoeff())
        throw std::invalid_argument(say(sentence::kPairCutoffTooLarge,
                                        {shortNumber(rmax), shortNumber(widths.minCoeff() / 2)}));
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
    if (!box.isTriclinic())
        return orthogonalCellPairs(box, r, type, rc, cells, order);

    // Bin atoms by fractional coordinate; cell sides are >= rmax along each face normal. The
    // atoms are then laid out cell by cell, so that a cell's candidates are read from
    // contiguous memory.
    std::vector<int> cellOf(n);
    const int cellCount = cells.prod();
    for (std::size_t a = 0; a < n; ++a) {
        Eigen::Vector3d s = box.toFractional(r[a]);
        int idx = 0;
        for (int k = 2; k >= 0; --k) {
            const double f = s[k] - std::floor(s[k]);
            const int c = std::min(cells[k] - 1, static_cast<int>(f * cells[k]));
            idx = idx * cells[k] + c;
        }
        cellOf[a] = idx;
    }
    const KeyGroups byCell =
        groupByKey(n, std::size_t(cellCount), [&](std::size_t a) { return cellOf[a]; });
    const std::vector<std::size_t>& cellStart = byCell.start;
    std::vector<std::uint32_t> member(n); // atoms in cell order
    std::vector<Eigen::Vector3d> memberPosition(n);
    std::vector<int> memberType(n);
    for (std::size_t m = 0; m < n; ++m) {
        member[m] = static_cast<std::uint32_t>(byCell.order[m]);
        memberPosition[m] = r[member[m]];
        memberType[m] = type[member[m]];
    }
    auto coords = [&](int idx) {
        Eigen::Vector3i c;
        c[0] = idx % cells[0];
        c[1] = (idx / cells[0]) % cells[1];
        c[2] = idx / (cells[0] * cells[1]);
        return c;
    };
    // The cell at c, one step at most outside the grid, wrapped periodically (a compare, not
    // a modulo: this runs 27 times per atom).
    auto index = [&](Eigen::Vector3i c) {
        for (int k = 0; k < 3; ++k)
            c[k] += c[k] < 0 ? cells[k] : (c[k] >= cells[k] ? -cells[k] : 0);
        return (c[2] * cells[1] + c[1]) * cells[0] + c[0];
    };
    const PairTest test(box, rc);
    // Atoms are taken cell by cell (the 27 cells around are found once per cell, and their
    // members stay in cache); each atom's partners j > i are kept, and the pairs are put
    // back into (i, j) order at the end.
    auto search = [&](std::size_t beginCell, std::size_t endCell, PairList& out) {
        const Eigen::Vector3d* const position = memberPosition.data();
        const int* const memberTypes = memberType.data();
        const std::uint32_t* const members = member.data();
        std::size_t neighbourCells[27];
        for (std::size_t cell = beginCell; cell < endCell; ++cell) {
            const Eigen::Vector3i c = coords(int(cell));
            int k = 0;
            for (int dz = -1; dz <= 1; ++dz)
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        neighbourCells[k++] =
                            static_cast<std::size_t>(index(c + Eigen::Vector3i(dx, dy, dz)));
            for (std::size_t a = cellStart[cell]; a < cellStart[cell + 1]; ++a) {
                const std::uint32_t i = members[a];
                const Eigen::Vector3d ri = position[a];
                const int ti = memberTypes[a];
                for (const std::size_t other : neighbourCells)
                    for (std::size_t m = cellStart[other]; m < cellStart[other + 1]; ++m) {
                        // One branch, rarely taken, on both tests: j > i alone is a coin
                        // toss that the CPU mispredicts half the time.
                        const bool later = members[m] > i;
                        if (later & test.near(ri, position[m], ti, memberTypes[m]))
                            out.push_back({i, members[m]});
                    }
            }
        }
    };
    // Chunks of cells of about kChunk atoms each.
    const std::size_t cellsPerChunk =
        std::max<std::size_t>(1, std::size_t(cellCount) * kChunk / std::max<std::size_t>(n, 1));
    PairList found =
        reduceInChunks(std::size_t(cellCount), cellsPerChunk, PairList{}, search, appendInOrder);
    return order == PairOrder::ByAtom ? inPairOrder(found, n) : found;
}

void sortPairsByTypePair(const std::vector<NeighbourPair>& pairs, std::span<const int> typeIndex,
                         const TypeSet& types, std::vector<std::uint32_t>& first,
                         std::vector<std::uint32_t>& second, std::vector<std::size_t>& runStart) {
    KeyGroups byTypePair =
        groupByKey(pairs.size(), std::size_t(types.pairCount()), [&](std::size_t k) {
            return types.pairIndex(typeIndex[pairs[k].i], typeIndex[pairs[k].j]);
        });
    first.resize(pairs.size());
    second.resize(pairs.size());
    for (std::size_t at = 0; at < pairs.size(); ++at) {
        first[at] = pairs[byTypePair.order[at]].i;
        second[at] = pairs[byTypePair.order[at]].j;
    }
    runStart = std::move(byTypePair.start);
}

} // namespace tx::core
