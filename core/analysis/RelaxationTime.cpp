#include "core/analysis/RelaxationTime.h"

#include <cmath>
#include <cstdio>

namespace tx::core {

std::string RelaxationTime::text() const {
    char buf[64];
    switch (kind) {
    case Kind::Crossed:
        std::snprintf(buf, sizeof buf, "%.6g", value);
        return buf;
    case Kind::LowerBound:
        std::snprintf(buf, sizeof buf, "> %.6g", value);
        return buf;
    case Kind::Extrapolated:
        std::snprintf(buf, sizeof buf, "~%.4g (KWW)", value);
        return buf;
    case Kind::Undefined:
        break;
    }
    return "n/a";
}

RelaxationTime relaxationTime(std::span<const double> t, std::span<const double> f, double level) {
    RelaxationTime out;
    double prevT = 0, prevF = 0;
    bool havePrev = false;
    for (std::size_t k = 0; k < t.size() && k < f.size(); ++k) {
        if (!(t[k] > 0) || std::isnan(f[k]))
            continue; // ln t needs t > 0; lag 0 carries no information here
        if (f[k] < level) {
            if (!havePrev)
                return out; // decayed before the first frame: undefined, not a guess
            // Linear in ln t between (prevT, prevF) and (t[k], f[k]).
            const double frac = (prevF - level) / (prevF - f[k]);
            out.kind = RelaxationTime::Kind::Crossed;
            out.value = std::exp(std::log(prevT) + frac * (std::log(t[k]) - std::log(prevT)));
            return out;
        }
        prevT = t[k];
        prevF = f[k];
        havePrev = true;
    }
    if (havePrev) {
        out.kind = RelaxationTime::Kind::LowerBound;
        out.value = prevT;
    }
    return out;
}

RelaxationTime relaxationTime(std::span<const double> t, std::span<const double> f) {
    return relaxationTime(t, f, std::exp(-1.0));
}

} // namespace tx::core
