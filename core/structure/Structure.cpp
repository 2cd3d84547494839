#include "core/structure/Structure.h"

#include "core/model/InputSentences.h"
#include "core/model/ParallelReduce.h"
#include "core/output/Measurement.h"

#include <cmath>
#include <complex>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <tuple>

namespace tx::core {

namespace {

using Complex = std::complex<double>;
constexpr double kTwoPi = 2.0 * std::numbers::pi;

// Boxes of an ensemble may differ (NPT runs: another volume at each temperature, and between
// independent cooling runs): the wave vectors are chosen for boxes up to this factor larger
// than the first configuration's, and each is binned by its |q| in each configuration's box.
constexpr double kLargerBox = 1.15;
// Resource limits: the wave-vector lattice points enumerated, the g(r) bins.
constexpr double kMaxWaveVectorLattice = 1e8;
constexpr double kMaxDistanceBins = 1e6;

// Sums of one configuration or many: per |q| bin and type pair, per r bin and type pair.
struct Histograms {
    std::vector<double> sq;    // bins x pairs (Re rho_a rho_b*, a <= b), plus total at the end
    std::vector<double> pairs; // r bins x pairs: unordered pair counts
};

} // namespace

struct StructureAccumulator::Sums {
    TypeSet types;
    StructureSettings settings;
    Eigen::Matrix3d firstReciprocal;   // wave vectors q = B n with |q| < q_max * kLargerBox here
    std::vector<int> vectorsPerBin;    // in the first configuration's box
    std::vector<double> vectorSamples; // per bin, summed over the configurations
    int bins = 0, rBins = 0;
    double rMax = 0;
    double rValid = 0; // half the narrowest box width seen: g(r) is complete up to here
    int maxIndex[3] = {0, 0, 0};
    std::vector<double> atomsOfType;
    double volume = 0; // summed over configurations
    int configurations = 0;
    Histograms hist;

    void setUp(const Frame& frame);
    void addStructureFactor(const Frame& frame, const std::vector<int>& typeIndex,
                            const Progress* p);
    void addPairDistances(const Frame& frame, const std::vector<int>& typeIndex, const Progress* p);
};

void StructureAccumulator::Sums::setUp(const Frame& frame) {
    const Eigen::Matrix3d h = frame.box.cellVectors();
    const Eigen::Matrix3d reciprocal = kTwoPi * h.inverse().transpose(); // q = B n
    const double qReach = settings.qMax * kLargerBox;
    Eigen::Vector3d reach;
    for (int k = 0; k < 3; ++k)
        reach[k] = std::ceil(qReach * h.col(k).norm() / kTwoPi);
    // Time and memory follow the cell, so an odd one (huge, or read wrongly) is refused before
    // anything is enumerated or allocated; a real system of 10^6 atoms needs about 4e7 points.
    const double lattice = (reach[0] + 1) * (2 * reach[1] + 1) * (2 * reach[2] + 1);
    if (!(lattice <= kMaxWaveVectorLattice))
        throw std::invalid_argument(
            say(sentence::kTooManyWaveVectors,
                {shortNumber(h.col(0).norm()), shortNumber(h.col(1).norm()),
                 shortNumber(h.col(2).norm()), shortNumber(lattice), shortNumber(settings.qMax),
                 shortNumber(kMaxWaveVectorLattice)}));
    for (int k = 0; k < 3; ++k)
        maxIndex[k] = static_cast<int>(reach[k]);
    bins = static_cast<int>(std::ceil(settings.qMax / settings.qBinWidth));
    vectorsPerBin.assign(static_cast<std::size_t>(bins), 0);
    vectorSamples.assign(static_cast<std::size_t>(bins), 0.0);
    firstReciprocal = reciprocal;
    for (int a = 0; a <= maxIndex[0]; ++a)
        for (int b = -maxIndex[1]; b <= maxIndex[1]; ++b)
            for (int c = -maxIndex[2]; c <= maxIndex[2]; ++c) {
                // Half of reciprocal space: q and -q give the same |rho(q)|^2.
                if (a == 0 && (b < 0 || (b == 0 && c <= 0)))
                    continue;
                const double q = (reciprocal * Eigen::Vector3d(a, b, c)).norm();
                if (q < settings.qMax)
                    ++vectorsPerBin[static_cast<std::size_t>(q / settings.qBinWidth)];
            }
    const Eigen::Vector3d widths = frame.box.perpendicularWidths();
    rMax = settings.rMax ? *settings.rMax : 0.5 * widths.minCoeff();
    if (rMax > 0.5 * widths.minCoeff() + 1e-12)
        throw std::invalid_argument(sentence::kGrBeyondHalfBox);
    rValid = rMax;
    if (!(rMax / settings.rBinWidth <= kMaxDistanceBins))
        throw std::invalid_argument(
            say(sentence::kGrTooManyBins, {shortNumber(rMax), shortNumber(kMaxDistanceBins)}));
    rBins = static_cast<int>(std::ceil(rMax / settings.rBinWidth));
    atomsOfType.assign(static_cast<std::size_t>(types.count()), 0.0);
    const std::size_t pairs = static_cast<std::size_t>(types.pairCount());
    hist.sq.assign(static_cast<std::size_t>(bins) * (pairs + 1), 0.0);
    hist.pairs.assign(static_cast<std::size_t>(rBins) * (pairs + 1), 0.0);
}

namespace {

// exp(2 pi i m s_j) for m = 0..count-1 as columns of an atoms x count matrix (real and
// imaginary parts apart), by repeated multiplication: q.r = 2 pi n.s is separable, so three
// such tables give every wave vector's phase.
void phaseTable(const std::vector<double>& s, Eigen::Index count, Eigen::MatrixXd& re,
                Eigen::MatrixXd& im) {
    const auto n = static_cast<Eigen::Index>(s.size());
    re.resize(n, count);
    im.resize(n, count);
    for (Eigen::Index j = 0; j < n; ++j) {
        const Complex step = std::polar(1.0, kTwoPi * s[static_cast<std::size_t>(j)]);
        Complex value(1.0, 0.0);
        for (Eigen::Index m = 0; m < count; ++m) {
            re(j, m) = value.real();
            im(j, m) = value.imag();
            value *= step;
        }
    }
}

// Wave vectors (a, b, c) are taken in columns (a, b) with c = 0..C and -c together: for one
// column, rho_t(+-c) = sum over atoms of type t of u_j exp(+-2 pi i c s_j3) with
// u_j = exp(2 pi i (a s_j1 + b s_j2)). Writing u = ur + i ui and exp(2 pi i c s) = zr + i zi,
//   rho(+c) = (A - B) + i (C + D),  rho(-c) = (A + B) + i (D - C),
// A = sum ur zr, B = sum ui zi, C = sum ur zi, D = sum ui zr: two real matrix products
// (Z^T U) per type for a block of columns, which Eigen runs vectorised.
constexpr Eigen::Index kColumnsPerBlock = 16;

} // namespace

void StructureAccumulator::Sums::addStructureFactor(const Frame& frame,
                                                    const std::vector<int>& type,
                                                    const Progress* progress) {
    const std::size_t n = frame.atomCount();
    const int nt = types.count();
    const std::size_t np = static_cast<std::size_t>(types.pairCount());
    // Atoms grouped by type, so that each type's rows of the phase tables are contiguous.
    std::vector<Eigen::Index> offset(static_cast<std::size_t>(nt) + 1, 0);
    for (std::size_t j = 0; j < n; ++j)
        ++offset[static_cast<std::size_t>(type[j]) + 1];
    for (int t = 0; t < nt; ++t)
        offset[static_cast<std::size_t>(t) + 1] += offset[static_cast<std::size_t>(t)];
    std::vector<std::vector<double>> fractional(3, std::vector<double>(n));
    {
        std::vector<Eigen::Index> next(offset.begin(), offset.end() - 1);
        for (std::size_t j = 0; j < n; ++j) {
            const auto row = static_cast<std::size_t>(next[static_cast<std::size_t>(type[j])]++);
            const Eigen::Vector3d s = frame.box.toFractional(frame.positions[j]);
            for (int k = 0; k < 3; ++k)
                fractional[static_cast<std::size_t>(k)][row] = s[k];
        }
    }
    Eigen::MatrixXd xr, xi, yr, yi, zr, zi;
    phaseTable(fractional[0], maxIndex[0] + 1, xr, xi);
    phaseTable(fractional[1], maxIndex[1] + 1, yr, yi);
    phaseTable(fractional[2], maxIndex[2] + 1, zr, zi);

    // Each vector's |q| bin in this configuration's box (bins: none beyond q_max); a vector
    // counts if it is in the set chosen in the first box (|q| < q_max * kLargerBox there).
    const Eigen::Matrix3d reciprocal = kTwoPi * frame.box.cellVectors().inverse().transpose();
    const std::size_t none = static_cast<std::size_t>(bins);
    // Every (a, b, c)'s bin once, in a table (asked for several times per vector below);
    // q = a B_0 + b B_1 + c B_2 summed along the rows.
    const int side1 = 2 * maxIndex[1] + 1, side2 = 2 * maxIndex[2] + 1;
    std::vector<std::uint32_t> binTable(static_cast<std::size_t>(maxIndex[0] + 1) *
                                        static_cast<std::size_t>(side1 * side2));
    const double firstHigh = settings.qMax * kLargerBox, firstLow = settings.qMin / kLargerBox;
    for (int a = 0; a <= maxIndex[0]; ++a)
        for (int b = -maxIndex[1]; b <= maxIndex[1]; ++b) {
            const Eigen::Vector3d baseFirst =
                a * firstReciprocal.col(0) + b * firstReciprocal.col(1);
            const Eigen::Vector3d base = a * reciprocal.col(0) + b * reciprocal.col(1);
            std::uint32_t* row =
                binTable.data() + (static_cast<std::size_t>(a) * static_cast<std::size_t>(side1) +
                                   static_cast<std::size_t>(b + maxIndex[1])) *
                                      static_cast<std::size_t>(side2);
            for (int c = -maxIndex[2]; c <= maxIndex[2]; ++c) {
                std::size_t bin = none;
                // Half of reciprocal space: q and -q give the same |rho(q)|^2.
                if (!(a == 0 && (b < 0 || (b == 0 && c <= 0)))) {
                    const double first = (baseFirst + c * firstReciprocal.col(2)).norm();
                    const double q = (base + c * reciprocal.col(2)).norm();
                    if (first < firstHigh && first >= firstLow && q < settings.qMax &&
                        q >= settings.qMin)
                        bin = static_cast<std::size_t>(q / settings.qBinWidth);
                }
                row[c + maxIndex[2]] = static_cast<std::uint32_t>(bin);
            }
        }
    auto binOf = [&](int a, int b, int c) {
        return static_cast<std::size_t>(
            binTable[(static_cast<std::size_t>(a) * static_cast<std::size_t>(side1) +
                      static_cast<std::size_t>(b + maxIndex[1])) *
                         static_cast<std::size_t>(side2) +
                     static_cast<std::size_t>(c + maxIndex[2])]);
    };
    // Column blocks: a fixed, up to kColumnsPerBlock consecutive b.
    struct Block {
        int a, bFirst, bCount;
    };
    std::vector<Block> blocks;
    for (int a = 0; a <= maxIndex[0]; ++a)
        for (int b = a == 0 ? 0 : -maxIndex[1]; b <= maxIndex[1];
             b += static_cast<int>(kColumnsPerBlock)) {
            const int count = std::min(static_cast<int>(kColumnsPerBlock), maxIndex[1] - b + 1);
            blocks.push_back({a, b, count});
        }
    for (int a = 0; a <= maxIndex[0]; ++a)
        for (int b = -maxIndex[1]; b <= maxIndex[1]; ++b)
            for (int c = -maxIndex[2]; c <= maxIndex[2]; ++c)
                if (const std::size_t bin = binOf(a, b, c); bin != none)
                    vectorSamples[bin] += 1.0;

    const std::vector<double> zero(hist.sq.size(), 0.0);
    const auto sums = reduceInChunks(
        blocks.size(), 1, zero,
        [&](std::size_t begin, std::size_t end, std::vector<double>& out) {
            Eigen::MatrixXd u, re, im;
            std::vector<Complex> rhoPlus(static_cast<std::size_t>(nt)),
                rhoMinus(static_cast<std::size_t>(nt));
            for (std::size_t k = begin; k < end; ++k) {
                const Block& block = blocks[k];
                // The |c| the block's columns need: from cFirst to cCount - 1 (on a shell
                // around the first peak the small |c| of short columns are not needed).
                Eigen::Index cCount = 0, cFirst = maxIndex[2] + 1;
                for (int col = 0; col < block.bCount; ++col)
                    for (int c = 0; c <= maxIndex[2]; ++c)
                        if (binOf(block.a, block.bFirst + col, c) != none ||
                            binOf(block.a, block.bFirst + col, -c) != none) {
                            cFirst = std::min<Eigen::Index>(cFirst, c);
                            cCount = std::max<Eigen::Index>(cCount, c + 1);
                        }
                if (cCount == 0)
                    continue;
                u.resize(static_cast<Eigen::Index>(n), 2 * block.bCount);
                for (int col = 0; col < block.bCount; ++col) {
                    const int b = block.bFirst + col;
                    const Eigen::Index m = std::abs(b);
                    const double sign = b >= 0 ? 1.0 : -1.0; // exp(-i x) = conj(exp(i x))
                    const auto ar = xr.col(block.a), ai = xi.col(block.a);
                    const auto br = yr.col(m), bi = yi.col(m);
                    u.col(2 * col) = ar.cwiseProduct(br) - sign * ai.cwiseProduct(bi);
                    u.col(2 * col + 1) = sign * ar.cwiseProduct(bi) + ai.cwiseProduct(br);
                }
                // rho per type for the whole block: (cCount x 2 bCount) products.
                std::vector<Eigen::MatrixXd> p(static_cast<std::size_t>(nt)),
                    q(static_cast<std::size_t>(nt));
                for (int t = 0; t < nt; ++t) {
                    const Eigen::Index first = offset[static_cast<std::size_t>(t)];
                    const Eigen::Index rows = offset[static_cast<std::size_t>(t) + 1] - first;
                    const auto ut = u.middleRows(first, rows);
                    p[static_cast<std::size_t>(t)].noalias() =
                        zr.block(first, cFirst, rows, cCount - cFirst).transpose() * ut;
                    q[static_cast<std::size_t>(t)].noalias() =
                        zi.block(first, cFirst, rows, cCount - cFirst).transpose() * ut;
                }
                auto accumulate = [&](std::size_t bin, const std::vector<Complex>& rho) {
                    Complex all(0, 0);
                    for (const Complex& r : rho)
                        all += r;
                    const std::size_t row = bin * (np + 1);
                    for (int a = 0; a < nt; ++a)
                        for (int b = a; b < nt; ++b)
                            out[row + static_cast<std::size_t>(types.pairIndex(a, b))] +=
                                std::real(rho[static_cast<std::size_t>(a)] *
                                          std::conj(rho[static_cast<std::size_t>(b)]));
                    out[row + np] += std::norm(all);
                };
                for (int col = 0; col < block.bCount; ++col) {
                    const int b = block.bFirst + col;
                    for (Eigen::Index c = cFirst; c < cCount; ++c) {
                        const std::size_t binPlus = binOf(block.a, b, static_cast<int>(c));
                        const std::size_t binMinus =
                            c == 0 ? none : binOf(block.a, b, -static_cast<int>(c));
                        if (binPlus == none && binMinus == none)
                            continue;
                        const Eigen::Index row = c - cFirst;
                        for (std::size_t t = 0; t < static_cast<std::size_t>(nt); ++t) {
                            const double sa = p[t](row, 2 * col), sd = p[t](row, 2 * col + 1);
                            const double sc = q[t](row, 2 * col), sb = q[t](row, 2 * col + 1);
                            rhoPlus[t] = Complex(sa - sb, sc + sd);
                            rhoMinus[t] = Complex(sa + sb, sd - sc);
                        }
                        if (binPlus != none)
                            accumulate(binPlus, rhoPlus);
                        if (binMinus != none)
                            accumulate(binMinus, rhoMinus);
                    }
                }
            }
        },
        [](std::vector<double>& total, const std::vector<double>& part) {
            for (std::size_t k = 0; k < total.size(); ++k)
                total[k] += part[k];
        },
        progress);
    for (std::size_t k = 0; k < sums.size(); ++k)
        hist.sq[k] += sums[k];
}

void StructureAccumulator::Sums::addPairDistances(const Frame& frame, const std::vector<int>& type,
                                                  const Progress* progress) {
    rValid = std::min(rValid, 0.5 * frame.box.perpendicularWidths().minCoeff());
    const std::size_t n = frame.atomCount();
    const std::size_t np = static_cast<std::size_t>(types.pairCount());
    // Fractional coordinates once, wrapped into [0, 1): per pair the minimum image of
    // Box::minimumImage (nearest integer shift of the fractional difference) is then one
    // compare per direction, inlined (at exactly half a period both images are as far).
    std::vector<Eigen::Vector3d> s(n);
    for (std::size_t j = 0; j < n; ++j) {
        s[j] = frame.box.toFractional(frame.positions[j]);
        for (int k = 0; k < 3; ++k)
            s[j][k] -= std::floor(s[j][k]);
    }
    const Eigen::Matrix3d h = frame.box.cellVectors();
    const double perBin = 1.0 / settings.rBinWidth, r2Max = rMax * rMax;
    const auto overflow = static_cast<std::int64_t>(rBins);
    std::vector<std::size_t> pairColumn(static_cast<std::size_t>(types.count() * types.count()));
    for (int a = 0; a < types.count(); ++a)
        for (int b = 0; b < types.count(); ++b)
            pairColumn[static_cast<std::size_t>(a * types.count() + b)] =
                static_cast<std::size_t>(types.pairIndex(a, b));
    // One pair into its r bin. Without a branch to mispredict: pairs at r_max or beyond land
    // in an overflow row that is not kept.
    auto count = [&](std::size_t i, std::size_t j, std::vector<double>& out) {
        Eigen::Vector3d d = s[j] - s[i];
        for (int k = 0; k < 3; ++k)
            d[k] -= static_cast<double>((d[k] > 0.5) - (d[k] < -0.5));
        const double r2 = (h * d).squaredNorm();
        const auto bin = static_cast<std::int64_t>(std::sqrt(r2) * perBin);
        const std::size_t row =
            static_cast<std::size_t>(r2 < r2Max ? std::min(bin, overflow - 1) : overflow) *
            (np + 1);
        out[row + pairColumn[static_cast<std::size_t>(type[i] * types.count() + type[j])]] += 1.0;
        out[row + np] += 1.0;
    };
    // Where r_max is short (g(r) only as far as the first minimum needs), a cell grid in
    // fractional coordinates: cells at least r_max / 2 wide across, so every pair nearer
    // than r_max lies in one 5 x 5 x 5 block of cells. Five or more cells per side keep the
    // 125 distinct (half-width cells: a fifth of a 1000-atom box's atoms around each, where
    // r_max-wide cells took 27 of 64 cells). The counts are whole numbers: the same
    // histogram as over all pairs.
    constexpr int kReach = 2;
    const Eigen::Vector3d widths = frame.box.perpendicularWidths();
    int cells[3];
    for (int k = 0; k < 3; ++k)
        cells[k] = std::min(64, static_cast<int>(widths[k] * kReach / rMax));
    const bool grid =
        cells[0] >= 2 * kReach + 1 && cells[1] >= 2 * kReach + 1 && cells[2] >= 2 * kReach + 1;
    std::vector<std::size_t> cellOf, cellStart, inCell; // atoms sorted by cell
    if (grid) {
        const std::size_t total = static_cast<std::size_t>(cells[0] * cells[1] * cells[2]);
        cellOf.resize(n);
        cellStart.assign(total + 1, 0);
        for (std::size_t j = 0; j < n; ++j) {
            std::size_t index = 0;
            for (int k = 0; k < 3; ++k)
                index = index * static_cast<std::size_t>(cells[k]) +
                        static_cast<std::size_t>(
                            std::min(cells[k] - 1, static_cast<int>(s[j][k] * cells[k])));
            cellOf[j] = index;
            ++cellStart[index + 1];
        }
        for (std::size_t c = 0; c < total; ++c)
            cellStart[c + 1] += cellStart[c];
        inCell.resize(n);
        std::vector<std::size_t> next(cellStart.begin(), cellStart.end() - 1);
        for (std::size_t j = 0; j < n; ++j)
            inCell[next[cellOf[j]]++] = j; // ascending j within each cell
    }
    const std::vector<double> zero(hist.pairs.size() + np + 1, 0.0);
    const std::size_t cellCount = cellStart.empty() ? 0 : cellStart.size() - 1;
    const auto counts = reduceInChunks(
        grid ? cellCount : n, grid ? 4 : 64, zero,
        [&](std::size_t begin, std::size_t end, std::vector<double>& out) {
            if (!grid) {
                for (std::size_t i = begin; i < end; ++i)
                    for (std::size_t j = i + 1; j < n; ++j)
                        count(i, j, out);
                return;
            }
            // Cell by cell: its own pairs (j > i), then its atoms against every atom of the
            // 62 cells that follow it in the 5 x 5 x 5 block around it (offsets after (0, 0,
            // 0) in lexicographic order): each pair of cells once, from one side.
            std::vector<std::size_t> after;
            for (std::size_t cell = begin; cell < end; ++cell) {
                const int cz = static_cast<int>(cell % static_cast<std::size_t>(cells[2]));
                const int cy = static_cast<int>(cell / static_cast<std::size_t>(cells[2]) %
                                                static_cast<std::size_t>(cells[1]));
                const int cx =
                    static_cast<int>(cell / static_cast<std::size_t>(cells[1] * cells[2]));
                after.clear();
                const auto wrap = [](int c, int m) {
                    return static_cast<std::size_t>((c + m) % m);
                };
                for (int dx = -kReach; dx <= kReach; ++dx)
                    for (int dy = -kReach; dy <= kReach; ++dy)
                        for (int dz = -kReach; dz <= kReach; ++dz)
                            if (std::tuple(dx, dy, dz) > std::tuple(0, 0, 0))
                                after.push_back(
                                    (wrap(cx + dx, cells[0]) * static_cast<std::size_t>(cells[1]) +
                                     wrap(cy + dy, cells[1])) *
                                        static_cast<std::size_t>(cells[2]) +
                                    wrap(cz + dz, cells[2]));
                // Most atoms of the block are beyond r_max: left out before the square root.
                auto near = [&](std::size_t i, std::size_t j, std::vector<double>& sums) {
                    Eigen::Vector3d d = s[j] - s[i];
                    for (int k = 0; k < 3; ++k)
                        d[k] -= static_cast<double>((d[k] > 0.5) - (d[k] < -0.5));
                    if ((h * d).squaredNorm() < r2Max)
                        count(i, j, sums);
                };
                for (std::size_t a = cellStart[cell]; a < cellStart[cell + 1]; ++a) {
                    const std::size_t i = inCell[a];
                    for (std::size_t b = a + 1; b < cellStart[cell + 1]; ++b)
                        near(i, inCell[b], out);
                    for (std::size_t c : after)
                        for (std::size_t m = cellStart[c]; m < cellStart[c + 1]; ++m)
                            near(i, inCell[m], out);
                }
            }
        },
        [](std::vector<double>& total, const std::vector<double>& part) {
            for (std::size_t k = 0; k < total.size(); ++k)
                total[k] += part[k];
        },
        progress);
    for (std::size_t k = 0; k < hist.pairs.size(); ++k)
        hist.pairs[k] += counts[k];
}

StructureAccumulator::StructureAccumulator(const TypeSet& types, const StructureSettings& settings)
    : m_sums(std::make_unique<Sums>()) {
    m_sums->types = types;
    m_sums->settings = settings;
}
StructureAccumulator::~StructureAccumulator() = default;
StructureAccumulator::StructureAccumulator(StructureAccumulator&&) noexcept = default;
StructureAccumulator& StructureAccumulator::operator=(StructureAccumulator&&) noexcept = default;

void StructureAccumulator::add(const Frame& frame, const Progress* progress) {
    Sums& s = *m_sums;
    if (s.configurations == 0)
        s.setUp(frame);
    std::vector<int> type(frame.atomCount());
    std::vector<double> perType(static_cast<std::size_t>(s.types.count()), 0.0);
    for (std::size_t j = 0; j < type.size(); ++j) {
        type[j] = s.types.indexOf(frame.types[j]);
        if (type[j] < 0)
            throw std::invalid_argument(
                say(sentence::kTypeNotInEnsemble, {std::to_string(frame.types[j])}));
        perType[static_cast<std::size_t>(type[j])] += 1.0;
    }
    if (s.configurations > 0 && perType != s.atomsOfType)
        throw std::invalid_argument(sentence::kConfigurationsDiffer);
    s.atomsOfType = perType;
    s.addStructureFactor(frame, type, progress);
    s.addPairDistances(frame, type, progress);
    s.volume += frame.box.volume();
    ++s.configurations;
}

void StructureAccumulator::merge(const StructureAccumulator& other) {
    if (other.m_sums->configurations == 0)
        return;
    if (m_sums->configurations == 0) {
        *m_sums = *other.m_sums;
        return;
    }
    Sums& s = *m_sums;
    const Sums& o = *other.m_sums;
    if (o.hist.sq.size() != s.hist.sq.size())
        throw std::invalid_argument(sentence::kStructureQRanges);
    // Other boxes, other g(r) ranges: the merged g(r) goes as far as both are complete.
    if (o.rBins < s.rBins) {
        s.rBins = o.rBins;
        s.rMax = o.rMax;
        s.hist.pairs.resize(o.hist.pairs.size());
    }
    s.rValid = std::min(s.rValid, o.rValid);
    for (std::size_t k = 0; k < s.hist.pairs.size(); ++k)
        s.hist.pairs[k] += o.hist.pairs[k];
    for (std::size_t k = 0; k < s.hist.sq.size(); ++k)
        s.hist.sq[k] += o.hist.sq[k];
    for (std::size_t k = 0; k < s.vectorSamples.size(); ++k)
        s.vectorSamples[k] += o.vectorSamples[k];
    m_sums->volume += other.m_sums->volume;
    m_sums->configurations += other.m_sums->configurations;
}

Structure StructureAccumulator::result() const {
    const Sums& s = *m_sums;
    Structure out;
    out.types = s.types;
    out.atomsOfType = s.atomsOfType;
    out.configurations = s.configurations;
    if (s.configurations == 0)
        return out;
    const int nt = s.types.count();
    const std::size_t np = static_cast<std::size_t>(s.types.pairCount());
    const double configs = s.configurations;
    double atoms = 0;
    for (double n : s.atomsOfType)
        atoms += n;
    out.sq.partial.resize(np);
    out.gr.partial.resize(np);
    for (int bin = 0; bin < s.bins; ++bin) {
        const int count = s.vectorsPerBin[static_cast<std::size_t>(bin)];
        const double samples = s.vectorSamples[static_cast<std::size_t>(bin)];
        if (samples == 0)
            continue;
        const std::size_t row = static_cast<std::size_t>(bin) * (np + 1);
        out.sq.q.push_back((bin + 0.5) * s.settings.qBinWidth);
        out.sq.vectors.push_back(count);
        out.sq.total.push_back(s.hist.sq[row + np] / samples / atoms);
        for (int a = 0; a < nt; ++a)
            for (int b = a; b < nt; ++b) {
                const auto p = static_cast<std::size_t>(s.types.pairIndex(a, b));
                const double norm = std::sqrt(s.atomsOfType[static_cast<std::size_t>(a)] *
                                              s.atomsOfType[static_cast<std::size_t>(b)]);
                out.sq.partial[p].push_back(s.hist.sq[row + p] / samples / norm);
            }
    }
    // g_ab(r) = V n_ab(r) / (N_a N_b' shell), N_b' = N_b - 1 for a = b; unordered counts.
    const double volume = s.volume / configs;
    const double dr = s.settings.rBinWidth;
    for (int bin = 0; bin < s.rBins; ++bin) {
        const double r0 = bin * dr, r1 = std::min(s.rMax, r0 + dr);
        if (r1 > s.rValid + 1e-12)
            break; // a narrower box did not see all pairs this far
        const double shell = 4.0 / 3.0 * std::numbers::pi * (r1 * r1 * r1 - r0 * r0 * r0);
        const std::size_t row = static_cast<std::size_t>(bin) * (np + 1);
        out.gr.r.push_back(0.5 * (r0 + r1));
        out.gr.total.push_back(2.0 * s.hist.pairs[row + np] / configs * volume /
                               (atoms * (atoms - 1) * shell));
        for (int a = 0; a < nt; ++a)
            for (int b = a; b < nt; ++b) {
                const auto p = static_cast<std::size_t>(s.types.pairIndex(a, b));
                const double na = s.atomsOfType[static_cast<std::size_t>(a)];
                const double nb = s.atomsOfType[static_cast<std::size_t>(b)];
                const double pairs = a == b ? na * (na - 1) / 2.0 : na * nb;
                out.gr.partial[p].push_back(
                    pairs > 0 ? s.hist.pairs[row + p] / configs * volume / (pairs * shell) : 0.0);
            }
    }
    return out;
}

std::optional<double> firstPeakOfStructureFactor(const StructureFactor& sq, int pairIndex,
                                                 double qLow) {
    const auto& y = pairIndex >= 0 ? sq.partial[static_cast<std::size_t>(pairIndex)] : sq.total;
    std::size_t best = y.size();
    for (std::size_t k = 0; k < y.size(); ++k)
        if (sq.q[k] > qLow && (best == y.size() || y[k] > y[best]))
            best = k;
    if (best == y.size())
        return std::nullopt;
    if (best == 0 || best + 1 >= y.size())
        return sq.q[best];
    // Neighbouring non-empty bins may be unevenly spaced: fit the parabola exactly.
    const double x0 = sq.q[best - 1], x1 = sq.q[best], x2 = sq.q[best + 1];
    const double y0 = y[best - 1], y1 = y[best], y2 = y[best + 1];
    const double d1 = (y1 - y0) / (x1 - x0), d2 = (y2 - y1) / (x2 - x1);
    const double curvature = (d2 - d1) / (x2 - x0);
    if (curvature >= 0)
        return x1;
    const double peak = 0.5 * (x0 + x1) - d1 / (2 * curvature);
    return std::clamp(peak, x0, x2);
}

std::optional<double> firstMinimumOfRadialDistribution(const RadialDistribution& gr,
                                                       int pairIndex) {
    const auto& raw = pairIndex >= 0 ? gr.partial[static_cast<std::size_t>(pairIndex)] : gr.total;
    const std::size_t n = raw.size();
    if (n < 7)
        return std::nullopt;
    std::vector<double> y(n, 0.0);
    for (std::size_t k = 2; k + 2 < n; ++k)
        y[k] = (raw[k - 2] + raw[k - 1] + raw[k] + raw[k + 1] + raw[k + 2]) / 5.0;
    std::size_t peak = 2;
    for (std::size_t k = 2; k + 2 < n; ++k)
        if (y[k] > y[peak])
            peak = k;
    // The first shell ends where g has dropped below 1 and rises back above it; the minimum
    // is the lowest point in between (robust against noise dips on the way down).
    std::size_t below = peak;
    while (below + 2 < n && y[below] >= 1.0)
        ++below;
    std::size_t back = below;
    while (back + 2 < n && y[back] < 1.0)
        ++back;
    if (below + 2 >= n || back + 2 >= n)
        return std::nullopt;
    std::size_t lowest = below;
    for (std::size_t k = below; k < back; ++k)
        if (y[k] < y[lowest])
            lowest = k;
    // Least-squares parabola through the raw g within 10 bins of the lowest point.
    const std::size_t from = lowest >= peak + 10 ? lowest - 10 : peak + 1;
    const std::size_t to = std::min(back, lowest + 10);
    Eigen::MatrixXd design(static_cast<Eigen::Index>(to - from + 1), 3);
    Eigen::VectorXd rhs(design.rows());
    for (std::size_t k = from; k <= to; ++k) {
        const double x = gr.r[k] - gr.r[lowest];
        design.row(static_cast<Eigen::Index>(k - from)) << 1.0, x, x * x;
        rhs[static_cast<Eigen::Index>(k - from)] = raw[k];
    }
    const Eigen::Vector3d p = design.colPivHouseholderQr().solve(rhs);
    if (!(p[2] > 0))
        return gr.r[lowest];
    return std::clamp(gr.r[lowest] - p[1] / (2 * p[2]), gr.r[from], gr.r[to]);
}

} // namespace tx::core
