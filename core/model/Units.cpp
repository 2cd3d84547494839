#include "core/model/Units.h"

#include "core/model/InputSentences.h"

#include <array>
#include <stdexcept>

namespace tx::core {

namespace {

struct UnitStyle {
    std::string_view style, length, time;
};
// LAMMPS's unit styles (its "units" command).
constexpr std::array kLammpsStyles = {
    UnitStyle{"lj", "σ", "τ"},      UnitStyle{"real", "Å", "fs"},
    UnitStyle{"metal", "Å", "ps"},  UnitStyle{"si", "m", "s"},
    UnitStyle{"cgs", "cm", "s"},    UnitStyle{"electron", "bohr", "fs"},
    UnitStyle{"micro", "µm", "µs"}, UnitStyle{"nano", "nm", "ns"},
};

struct Alias {
    std::string_view name, unit;
};
constexpr std::array kAliases = {
    Alias{"angstrom", "Å"},    Alias{"Angstrom", "Å"},     Alias{"A", "Å"},
    Alias{"Ang", "Å"},         Alias{"nanometer", "nm"},   Alias{"nanometre", "nm"},
    Alias{"picosecond", "ps"}, Alias{"femtosecond", "fs"}, Alias{"nanosecond", "ns"},
    Alias{"sigma", "σ"},       Alias{"tau", "τ"},          Alias{"um", "µm"},
    Alias{"us", "µs"},
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string lengthUnitText(const Units& u) {
    return u.length.empty() ? std::string(kUnspecifiedUnit) : u.length;
}
std::string timeUnitText(const Units& u) {
    return u.time.empty() ? std::string(kUnspecifiedUnit) : u.time;
}

std::string temperatureUnit(const Units& u) {
    if (u.length.empty())
        return {};
    return u.length == "σ" ? "ε/k_B" : "K";
}

std::string describeUnits(const Units& u) {
    return "length " + lengthUnitText(u) + ", time " + timeUnitText(u);
}

bool mergeUnits(Units& into, const Units& from) {
    if ((!into.length.empty() && !from.length.empty() && into.length != from.length) ||
        (!into.time.empty() && !from.time.empty() && into.time != from.time))
        return false;
    if (into.length.empty())
        into.length = from.length;
    if (into.time.empty())
        into.time = from.time;
    return true;
}

std::string lammpsUnitStyleNames() {
    std::string out;
    for (const UnitStyle& s : kLammpsStyles)
        out += (out.empty() ? "" : ", ") + std::string(s.style);
    return out;
}

std::string unitsProblem(std::string_view text) {
    try {
        parseUnits(text);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

std::optional<Units> unitsOfLammpsStyle(std::string_view style) {
    style = trim(style);
    for (const UnitStyle& s : kLammpsStyles)
        if (s.style == style)
            return Units{std::string(s.length), std::string(s.time)};
    return std::nullopt;
}

std::string canonicalUnit(std::string_view name) {
    name = trim(name);
    for (const Alias& a : kAliases)
        if (a.name == name)
            return std::string(a.unit);
    return std::string(name);
}

Units parseUnits(std::string_view text) {
    if (const auto style = unitsOfLammpsStyle(text))
        return *style;
    const auto comma = text.find(',');
    if (comma != std::string_view::npos) {
        Units u{canonicalUnit(text.substr(0, comma)), canonicalUnit(text.substr(comma + 1))};
        if (!u.length.empty() && !u.time.empty() && u.time.find(',') == std::string::npos)
            return u;
    }
    throw std::invalid_argument(
        say(sentence::kUnitsForm, {lammpsUnitStyleNames(), std::string(text)}));
}

} // namespace tx::core
