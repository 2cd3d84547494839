#pragma once
// The length and time units of an ensemble (science §1, README "Formats, conventions and
// units"). Nothing is converted: q is in inverse length units and times in time units of the
// files, so the units are carried along, reported and checked for agreement. They come from
// the files (LAMMPS "ITEM: UNITS", H5MD "unit" attributes) or, where the files say nothing,
// from --units / the manifest's "units"; a file that says otherwise is refused.
#include <optional>
#include <string>
#include <string_view>

namespace tx::core {

struct Units {
    std::string length; // "Å", "nm", "σ" ...; empty: nobody said
    std::string time;   // "fs", "ps", "τ" ...; empty: nobody said
    bool empty() const { return length.empty() && time.empty(); }
    friend bool operator==(const Units&, const Units&) = default;
};

// What is written where nobody said: LJ reduced units are the likeliest, but only a guess.
inline constexpr std::string_view kUnspecifiedUnit = "unspecified (LJ?)";
std::string lengthUnitText(const Units& u); // the unit, or kUnspecifiedUnit
std::string timeUnitText(const Units& u);
// The unit of temperature that goes with them: ε/k_B in LJ reduced units (length σ), kelvin
// for every other LAMMPS unit style (and for Å, nm: MDAnalysis, ASE, GSD with units);
// empty when nothing is known.
std::string temperatureUnit(const Units& u);
// "length Å, time ps", with kUnspecifiedUnit for what nobody said.
std::string describeUnits(const Units& u);
// Takes what `from` says into `into`; false (into unchanged) when the two contradict.
bool mergeUnits(Units& into, const Units& from);

// The units of a LAMMPS unit style ("lj" -> σ, τ; "metal" -> Å, ps; ...), or none.
std::optional<Units> unitsOfLammpsStyle(std::string_view style);
// The text of --units and of the manifest's "units": a LAMMPS unit style, or "LENGTH,TIME"
// (for example "nm,ps"). Throws std::invalid_argument with a plain message otherwise.
Units parseUnits(std::string_view text);
// What is wrong with such a text, or empty: for the front ends' own error types.
std::string unitsProblem(std::string_view text);
// "lj, real, metal, si, cgs, electron, micro, nano": the styles parseUnits knows.
std::string lammpsUnitStyleNames();
// Unit names as files write them ("Angstrom", "nanometer", "picosecond") in the short form
// used everywhere else ("Å", "nm", "ps"); other names are kept as they are.
std::string canonicalUnit(std::string_view name);

} // namespace tx::core
