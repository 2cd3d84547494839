#include "app/TerminalTable.h"

#include "core/output/Measurement.h"

#include <cmath>
#include <cstdio>

namespace tx::app {

namespace {

std::string withError(const std::string& value, double error) {
    if (std::isnan(error))
        return value;
    char buf[32];
    std::snprintf(buf, sizeof buf, " ± %.2g", error);
    return value + buf;
}

// Values with errors by the one rounding rule (core/output/Measurement.h).
std::string cell(const std::optional<double>& v, double error) {
    return v ? core::measurementText(*v, error) : "n/a";
}

std::string tauCell(const core::RelaxationTime& t, double error) {
    if (t.kind != core::RelaxationTime::Kind::Crossed) // bounds and KWW extrapolations say so
        return t.kind == core::RelaxationTime::Kind::Extrapolated ? withError(t.text(), error)
                                                                  : t.text();
    return core::measurementText(t.value, error);
}

std::string pad(const std::string& s, std::size_t width) {
    // "±" is two bytes but one column wide.
    std::size_t columns = 0;
    for (unsigned char c : s)
        columns += (c & 0xC0) != 0x80;
    return columns >= width ? s + " " : s + std::string(width - columns, ' ');
}

} // namespace

std::string formatResultTable(const std::vector<core::TemperatureResult>& results) {
    const std::size_t w = 20;
    std::string out = pad("T", 9) + pad("tau_alpha", w) + pad("tau_+", w) + pad("tau_-", w) +
                      pad("gamma_tau", w) + pad("D", w) + pad("D*tau_alpha", w) + "reps/segs\n";
    for (const auto& r : results) {
        const auto& o = r.observables;
        char t[32];
        std::snprintf(t, sizeof t, "%.4g", r.temperature);
        out += pad(t, 9) + pad(tauCell(o.tauAlpha, r.tauAlphaError.value), w) +
               pad(tauCell(o.tauPlus, r.tauPlusError.value), w) +
               pad(tauCell(o.tauMinus, r.tauMinusError.value), w) +
               pad(cell(o.gamma, r.gammaError.value), w) +
               pad(cell(o.diffusion.ok ? std::optional(o.diffusion.coefficient) : std::nullopt,
                        r.diffusionError.value),
                   w) +
               pad(cell(o.diffusionTimesTauAlpha, r.diffusionTimesTauAlphaError.value), w) +
               std::to_string(r.replicas) + "/" + std::to_string(r.segments) + "\n";
    }
    for (const auto& r : results)
        if (!r.observables.diffusion.ok)
            out += "D n/a at T=" + r.label + ": " + r.observables.diffusion.problem + "\n";
    out += "'> t': F stays above 1/e up to the last frame t (a lower bound, not a value); "
           "'~t (KWW)': extrapolated by the KWW fit (--kww).\n";
    return out;
}

} // namespace tx::app
