#pragma once
// Static structure of the origin configurations (science §2): the structure factor S(q) on
// box-commensurate wave vectors binned in |q|, and the radial distribution g(r), total and
// per type pair; with the first peak q_max of S(q) and the first minimum of g(r) after its
// first peak, the defaults for q and r_c.
#include "core/model/Frame.h"
#include "core/model/Progress.h"
#include "core/model/TypeSet.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tx::core {

struct StructureSettings {
    double qMin = 0.0;      // wave vectors below are left out (a shell around the first peak)
    double qMax = 12.0;     // largest |q| sampled
    double qBinWidth = 0.1; // |q| bins
    double rBinWidth = 0.01;
    std::optional<double> rMax; // default: half the smallest box width
    // computeStructureForQAndCutoff sums the whole S(q) and g(r) below this many atoms x
    // configurations (the KA demo has 12 000, the 63-file benchmark ensemble 63 000).
    double wholeBelowAtomConfigurations = 20000;
};

// Partials are normalised by sqrt(N_a N_b) (S(q) = <Re rho_a rho_b*>/sqrt(N_a N_b)), so that
// S_aa -> 1 at large q; the total is <|rho|^2>/N.
struct StructureFactor {
    std::vector<double> q; // bin centres of bins that hold wave vectors
    std::vector<double> total;
    std::vector<std::vector<double>> partial; // TypeSet pair index
    std::vector<int> vectors;                 // wave vectors per bin (one of +-q)
};

struct RadialDistribution {
    std::vector<double> r; // bin centres
    std::vector<double> total;
    std::vector<std::vector<double>> partial; // TypeSet pair index
};

struct Structure {
    TypeSet types;
    std::vector<double> atomsOfType; // per configuration
    int configurations = 0;
    StructureFactor sq;
    RadialDistribution gr;
};

// Accumulates configurations; call result() at the end. Configurations must share the atom
// count and types; boxes may differ slightly (NPT), the first one fixes the q grid.
class StructureAccumulator {
public:
    StructureAccumulator(const TypeSet& types, const StructureSettings& settings);
    ~StructureAccumulator();
    StructureAccumulator(StructureAccumulator&&) noexcept;
    StructureAccumulator& operator=(StructureAccumulator&&) noexcept;
    void add(const Frame& frame, const Progress* progress = nullptr);
    void merge(const StructureAccumulator& other);
    Structure result() const;

private:
    struct Sums;
    std::unique_ptr<Sums> m_sums;
};

// The q of the first (highest) peak of S(q) at q > qLow, refined by a parabola through the
// highest bin and its neighbours. Uses the partial of the most abundant species when
// typeIndex >= 0, the total otherwise.
std::optional<double> firstPeakOfStructureFactor(const StructureFactor& sq, int pairIndex = -1,
                                                 double qLow = 2.0);
// The first minimum of g(r) after its first (highest) peak: the lowest point (5-bin running
// mean) between where g falls below 1 and where it rises above 1 again, refined by a
// least-squares parabola over +-10 bins.
std::optional<double> firstMinimumOfRadialDistribution(const RadialDistribution& gr,
                                                       int pairIndex = -1);

} // namespace tx::core
