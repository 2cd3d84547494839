#pragma once
// What is wrong with a user's input — a trajectory, the ensemble's layout or manifest, a
// thermo log, a parameter, a cache file — as English templates filled in by say(), marked
// with TX_SAY for lupdate like the result sentences in Sentences.h. InputError puts the file
// and line in front ("%1:%2: %3"). A new sentence goes here and into kInputSentences.
#include "core/model/Sentences.h"

namespace tx::core::sentence {

// Input errors (InputError: "file:line: message") of the text readers and the ensemble.
inline constexpr const char* kAtFileLine = TX_SAY("%1:%2: %3");
inline constexpr const char* kAtFile = TX_SAY("%1: %2");
inline constexpr const char* kTruncatedLine =
    TX_SAY("%1 (the file ends inside this line: truncated?)");
inline constexpr const char* kEndExpecting =
    TX_SAY("unexpected end of file: expected %1 (truncated file?)");
inline constexpr const char* kExpectedInteger = TX_SAY("expected an integer %1");
inline constexpr const char* kUnknownUnitStyle = TX_SAY("unknown LAMMPS unit style '%1' (%2)");
inline constexpr const char* kUnitStyleChanges =
    TX_SAY("the unit style changes to '%1' within the file");
inline constexpr const char* kTriclinicBoxLine = TX_SAY("a triclinic box line needs lo hi tilt");
inline constexpr const char* kBoxLine = TX_SAY("a box line needs lo hi");
inline constexpr const char* kNonNumericBound = TX_SAY("non-numeric box bound '%1'");
inline constexpr const char* kMissingId =
    TX_SAY("missing column 'id' in '%1' (atoms are matched by id, never by line order)");
inline constexpr const char* kMissingPositions =
    TX_SAY("missing position columns in '%1': need xu yu zu, xsu ysu zsu, x y z or xs ys zs");
inline constexpr const char* kImageFlagsIncomplete =
    TX_SAY("image flags need all three columns ix iy iz");
inline constexpr const char* kDumpFieldCount =
    TX_SAY("atom line has %1 fields, the ATOMS header %2");
inline constexpr const char* kNonNumericId = TX_SAY("non-numeric atom id '%1'");
inline constexpr const char* kBadAtomType =
    TX_SAY("atom type must be an integer in 1..1000, got '%1'");
inline constexpr const char* kNonNumericCoordinate = TX_SAY("non-numeric coordinate '%1'");
inline constexpr const char* kNonIntegerImage = TX_SAY("non-integer image flag '%1'");
inline constexpr const char* kNotADump =
    TX_SAY("expected 'ITEM: TIMESTEP', found '%1' (is this a LAMMPS text dump?)");
inline constexpr const char* kAtomCountPositive = TX_SAY("the atom count must be positive");
inline constexpr const char* kAtomsTooEarly =
    TX_SAY("ITEM: ATOMS before NUMBER OF ATOMS and BOX BOUNDS");
inline constexpr const char* kUnexpectedHeaderLine =
    TX_SAY("unexpected line '%1' in a frame header");
inline constexpr const char* kReadError = TX_SAY("read error (%1); the file may be truncated");
inline constexpr const char* kFrameProblem = TX_SAY("the frame at timestep %1 %2");
inline constexpr const char* kBoxNotANumber =
    TX_SAY("has a box that is not a number (NaN or infinite)");
inline constexpr const char* kBoxExtent =
    TX_SAY("has a box of extent %1 along %2 (hi must be greater than lo)");
inline constexpr const char* kDegenerateCell =
    TX_SAY("has a degenerate or left-handed cell (volume %1)");
inline constexpr const char* kPositionNotANumber =
    TX_SAY("has a position that is not a number (atom %1)");
inline constexpr const char* kNoFrame = TX_SAY("the file holds no frame");
inline constexpr const char* kCannotRead = TX_SAY("cannot read: %1");
inline constexpr const char* kUnitsDiffer =
    TX_SAY("its units (%1) differ from those of %2 (%3): an ensemble must use one set of units");
inline constexpr const char* kNoFileReadable = TX_SAY("no trajectory file could be read");
inline constexpr const char* kAtomCountChanged =
    TX_SAY("the frame at timestep %1 has %2 atoms, the segment started with %3");
inline constexpr const char* kIdsChanged =
    TX_SAY("the atom ids at timestep %1 differ from those of the segment's first frame");
inline constexpr const char* kTimestepOrder =
    TX_SAY("timestep %1 does not follow the previous frame's %2");
inline constexpr const char* kTypeChanged = TX_SAY("atom id %1 changed type at timestep %2");
inline constexpr const char* kUnknownType =
    TX_SAY("atom type %1 does not occur in the ensemble's first frame");
inline constexpr const char* kAtomsDiffer =
    TX_SAY("the atoms differ from those of the first frame");
inline constexpr const char* kNoPeak = TX_SAY("no peak in S(q) below --sq-qmax: give --q");
inline constexpr const char* kNoFirstMinimum = TX_SAY("no first minimum in g(r): give --rc");
inline constexpr const char* kUnitsParameterDiffers =
    TX_SAY("the file says %1, but the units parameter '%2' says %3");
inline constexpr const char* kManifestUnitsDiffer =
    TX_SAY("the file says %1, but the manifest's \"units\" '%2' says %3");
inline constexpr const char* kNoTrajectoryFile = TX_SAY("the ensemble holds no trajectory file");
inline constexpr const char* kBoxDiffers =
    TX_SAY("the box at this temperature differs from the others; give --q and --rc");
inline constexpr const char* kUnknownFormat =
    TX_SAY("no format reads this file name (unknown trajectory format): expected %1");
inline constexpr const char* kIdTwice =
    TX_SAY("atom id %1 appears twice in the frame at timestep %2");
inline constexpr const char* kBadProperties =
    TX_SAY("malformed Properties='%1': expected name:type:count triples");
inline constexpr const char* kBadPropertiesCount = TX_SAY("bad column count in Properties: '%1'");
inline constexpr const char* kNoPosColumn = TX_SAY("Properties has no pos:R:3 column");
inline constexpr const char* kNoLattice =
    TX_SAY("no Lattice=\"...\" in the comment line: a periodic cell is required");
inline constexpr const char* kLatticeCount = TX_SAY("Lattice needs 9 numbers, got %1");
inline constexpr const char* kNonNumericLattice = TX_SAY("non-numeric Lattice entry '%1'");
inline constexpr const char* kNonIntegerKey = TX_SAY("non-integer %1='%2'");
inline constexpr const char* kNotXyzCount =
    TX_SAY("expected the atom count of an XYZ frame, found '%1'");
inline constexpr const char* kNoCommentLine =
    TX_SAY("unexpected end of file: missing the comment line");
inline constexpr const char* kXyzShort =
    TX_SAY("unexpected end of file: expected %1 atom lines, got %2 (truncated file?)");
inline constexpr const char* kXyzFieldCount = TX_SAY("atom line has %1 fields, Properties says %2");
inline constexpr const char* kNonIntegerId = TX_SAY("non-integer atom id '%1'");
inline constexpr const char* kTypeRange = TX_SAY("type must be an integer in 1..1000");
inline constexpr const char* kNoTrajectories =
    TX_SAY("no trajectory files (seg<k>.lammpstrj[.gz], ...) here; the formats read are %1");
inline constexpr const char* kUnnamedSegments =
    TX_SAY("several trajectory files but none named seg<k>.*: name the segments seg0, seg1, ... "
           "or keep one long trajectory per replica");
inline constexpr const char* kCannotOpenManifest = TX_SAY("cannot open the manifest");
inline constexpr const char* kInvalidJson = TX_SAY("invalid JSON: %1");
inline constexpr const char* kManifestProblem = TX_SAY("manifest: %1");
inline constexpr const char* kReplicaWithoutFiles =
    TX_SAY("replica %1 at T=%2 lists neither \"segments\" nor \"trajectory\"");
inline constexpr const char* kNoSuchPath = TX_SAY("no such file or folder");
inline constexpr const char* kNoEnsemble =
    TX_SAY("no ensemble found: expected folders T<temp>/r<replica>/seg<k>.lammpstrj[.gz] or a "
           "manifest.json");
inline constexpr const char* kTemperatureTwice = TX_SAY("temperature %1 appears twice");

// DCD trajectories (DcdReader).
inline constexpr const char* kDcdCellUndecided = TX_SAY("not yet decided");
inline constexpr const char* kDcdCellDegrees = TX_SAY("lengths and angles in degrees");
inline constexpr const char* kDcdCellCosines = TX_SAY("lengths and cosines of the angles");
inline constexpr const char* kDcdCellMatrix = TX_SAY("symmetric box matrix (CHARMM c36)");
inline constexpr const char* kCellNotFinite =
    TX_SAY("the unit cell holds a number that is not finite");
inline constexpr const char* kCellLeavesCosines =
    TX_SAY("the unit cell's angle entries leave the range of cosines, but earlier frames of this "
           "file were read as %1");
inline constexpr const char* kCellLeavesDegrees = TX_SAY(
    "the unit cell's angles leave 0..180 degrees, but earlier frames of this file were read as %1");
inline constexpr const char* kUnknownCellConvention = TX_SAY("unknown unit-cell convention");
inline constexpr const char* kDcdEmpty = TX_SAY("empty file: not a DCD trajectory");
inline constexpr const char* kDcdFirstRecord =
    TX_SAY("not a DCD trajectory (the first record is not 84 bytes)");
inline constexpr const char* kDcdNoCord = TX_SAY("not a DCD coordinate file (no CORD signature)");
inline constexpr const char* kDcdFixedAtoms =
    TX_SAY("DCD files with fixed atoms are not supported");
inline constexpr const char* kMalformedAtomCount = TX_SAY("malformed atom-count record");
inline constexpr const char* kHeaderClaimsAtoms =
    TX_SAY("the header claims %1 atoms, more than the file can hold");
inline constexpr const char* kAtFrameByte = TX_SAY("%1 (at frame %2, byte %3)");
inline constexpr const char* kRecordTruncated =
    TX_SAY("unexpected end of file inside a record (truncated file?)");
inline constexpr const char* kCorruptRecordLength = TX_SAY("corrupt record length %1");
inline constexpr const char* kRecordMarkers = TX_SAY("record markers do not match (corrupt file?)");
inline constexpr const char* kMalformedCell = TX_SAY("malformed unit-cell record");
inline constexpr const char* kCoordinateRecordCount =
    TX_SAY("coordinate record holds %1 values, expected %2");
inline constexpr const char* kDcdNoCell =
    TX_SAY("the DCD file has no unit cell: a periodic box is required");

// GSD trajectories (GsdReader).
inline constexpr const char* kGsdNoSignature =
    TX_SAY("not a GSD file (no GSD signature in the first 256 bytes)");
inline constexpr const char* kGsdVersion =
    TX_SAY("GSD file layer version %1 is not read (versions 1 and 2 are)");
inline constexpr const char* kGsdSchema =
    TX_SAY("GSD schema '%1' is not read: only HOOMD-blue's 'hoomd' schema is");
inline constexpr const char* kGsdIndexOutside =
    TX_SAY("the index or the name list lies outside the file (truncated or corrupt file?)");
inline constexpr const char* kGsdNameList = TX_SAY("cannot read the name list");
inline constexpr const char* kGsdChunkIndex = TX_SAY("cannot read the chunk index");
inline constexpr const char* kGsdEntryCorrupt =
    TX_SAY("index entry %1 is corrupt or points outside the file");
inline constexpr const char* kGsdEntryFrame =
    TX_SAY("index entry %1 names frame %2, more frames than the index can hold");
inline constexpr const char* kAtFrame = TX_SAY("%1 (at frame %2)");
inline constexpr const char* kGsdChunkRead = TX_SAY("cannot read a chunk (truncated file?)");
inline constexpr const char* kChunkShape = TX_SAY("%1 holds %2 x %3 values, expected %4 x %5");
inline constexpr const char* kMustHoldIntegers = TX_SAY("%1 must hold integers");
inline constexpr const char* kGsdDimensions =
    TX_SAY("a %1-dimensional system (configuration/dimensions): only 3D systems are analysed");
inline constexpr const char* kGsdBoxValues =
    TX_SAY("configuration/box must hold 6 values (Lx Ly Lz xy xz yz)");
inline constexpr const char* kGsdNoParticles = TX_SAY("the frame has no particles (particles/N)");
inline constexpr const char* kGsdNoPosition =
    TX_SAY("no particles/position in this frame or in frame 1");
inline constexpr const char* kGsdTypeRange =
    TX_SAY("particles/typeid of particle %1 is %2, outside 0..999");

// H5MD trajectories (H5mdReader, Hdf5Object).
inline constexpr const char* kNoSuchFile = TX_SAY("cannot open: no such file");
inline constexpr const char* kNotHdf5 = TX_SAY("not an HDF5 file (H5MD trajectories are HDF5)");
inline constexpr const char* kHdf5Damaged = TX_SAY("the HDF5 file cannot be opened (damaged?)");
inline constexpr const char* kNoParticlesGroup =
    TX_SAY("no /particles group: not an H5MD trajectory");
inline constexpr const char* kNoParticleGroup = TX_SAY(
    "no particle group with positions under /particles (or several and none is called \"all\")");
inline constexpr const char* kPositionNotTimeDependent =
    TX_SAY("%1/position must be time-dependent (a group with step and value)");
inline constexpr const char* kPositionShape = TX_SAY("%1 must have shape [frames][atoms][3]");
inline constexpr const char* kTooManyAtoms =
    TX_SAY("%1 claims %2 atoms (at most %3 are supported)");
inline constexpr const char* kNoBoxGroup = TX_SAY("no %1/box group: a periodic box is required");
inline constexpr const char* kBoundaryNotPeriodic =
    TX_SAY("%1/box has a \"%2\" boundary: a periodic box is required");
inline constexpr const char* kAtFrameOnly = TX_SAY("%1 (frame %2)");
inline constexpr const char* kNoValueDataset = TX_SAY("%1 has no value dataset");
inline constexpr const char* kNoSamples = TX_SAY("%1 holds no samples");
inline constexpr const char* kNotInFile = TX_SAY("no %1 in the file");
inline constexpr const char* kNoStepDataset = TX_SAY("%1 has no step dataset");
inline constexpr const char* kStepNotIntegers = TX_SAY("%1 must be an integer scalar or list");
inline constexpr const char* kStepNotPositive =
    TX_SAY("%1 is a scalar increment that is not positive");
inline constexpr const char* kStepOverflow = TX_SAY("%1: the steps overflow 64-bit integers");
inline constexpr const char* kStepCount = TX_SAY("%1 has %2 entries for %3 samples");
inline constexpr const char* kStepOrder = TX_SAY("%1 is not in increasing order");
inline constexpr const char* kNoSampleBefore = TX_SAY("%1 has no sample at or before step %2");
inline constexpr const char* kCannotReadElement = TX_SAY("cannot read %1");
inline constexpr const char* kValuesPerSample =
    TX_SAY("%1 holds %2 values per sample, expected %3");
inline constexpr const char* kNotFinite = TX_SAY("%1 holds a value that is not a finite number");
inline constexpr const char* kNotWhole = TX_SAY("%1 holds %2, which is not a whole number");
inline constexpr const char* kNotRightHanded =
    TX_SAY("%1 does not describe a right-handed cell of positive volume");
inline constexpr const char* kNegativeId =
    TX_SAY("%1 holds a negative id (varying particle numbers are not supported)");
inline constexpr const char* kSpeciesRange = TX_SAY("%1 holds a species outside 0..1000000");
inline constexpr const char* kClaimsBeyondStorage =
    TX_SAY("%1 claims %2 values of %3 bytes, but the file stores %4 bytes of them");

// Compressed files and reading in general (ByteStream).
inline constexpr const char* kCannotOpenBecause = TX_SAY("cannot open: %1");
inline constexpr const char* kSystemReadError = TX_SAY("read error: %1");
inline constexpr const char* kTruncatedCompressed =
    TX_SAY("unexpected end of file (truncated %1 data)");
inline constexpr const char* kDamagedCompressed = TX_SAY("%1: damaged data (%2)");
inline constexpr const char* kDecoderStart = TX_SAY("%1: cannot start the decoder");
inline constexpr const char* kInvalidDeflateBlock = TX_SAY("invalid deflate block");
inline constexpr const char* kInvalidDeflateSymbol = TX_SAY("invalid deflate symbol");
inline constexpr const char* kInvalidDistance = TX_SAY("invalid back-reference distance");
inline constexpr const char* kInvalidGzipHeader = TX_SAY("invalid gzip header");
inline constexpr const char* kNotDeflate = TX_SAY("not deflate-compressed");
inline constexpr const char* kCrcMismatch = TX_SAY("CRC-32 or length does not match");
inline constexpr const char* kIsalError = TX_SAY("ISA-L error %1");
inline constexpr const char* kLzmaError = TX_SAY("liblzma error %1");
inline constexpr const char* kBz2Error = TX_SAY("libbz2 error %1");

// LAMMPS thermo logs (ThermoLog).
inline constexpr const char* kThermoMulti =
    TX_SAY("thermo_style multi is not read: write the log with thermo_style custom (for example: "
           "thermo_style custom step temp vol density enthalpy pe)");
inline constexpr const char* kThermoRowCount =
    TX_SAY("a thermo row with %1 values, but the header at line %2 names %3 columns");
inline constexpr const char* kThermoNotFinite = TX_SAY("'%1' in column %2 is not a finite number");
inline constexpr const char* kThermoUnfinished =
    TX_SAY("the log ends inside a thermo row (is the run still being written?)");
inline constexpr const char* kThermoNoTemp =
    TX_SAY("no thermo output with a Temp column: expected LAMMPS's line of column names (Step Temp "
           "Volume ...) followed by rows of numbers");

// Files we write, and the results cache (AtomicFile, SumsArchive).
inline constexpr const char* kCannotWrite = TX_SAY("cannot write: %1");
inline constexpr const char* kCannotRename = TX_SAY("cannot rename into place: %1");
inline constexpr const char* kNotCache = TX_SAY("not a Tx Workbench results cache");
inline constexpr const char* kCacheVersion = TX_SAY("a results cache of another version");
inline constexpr const char* kDamagedCache = TX_SAY("damaged results cache: %1");
inline constexpr const char* kCacheChecksum = TX_SAY("its checksum does not match");
inline constexpr const char* kDamagedSumsCount = TX_SAY("damaged sums: a negative or zero count");
inline constexpr const char* kDamagedSumsChannels =
    TX_SAY("damaged sums: %1 channels where the species give %2");
inline constexpr const char* kDamagedSumsLag = TX_SAY("damaged sums: a negative or repeated lag");
inline constexpr const char* kDamagedSumsWavenumbers =
    TX_SAY("damaged sums: wave numbers that are not positive, too many, or not the same in "
           "every segment");
inline constexpr const char* kDamagedStructure =
    TX_SAY("damaged structure: curves and type pairs do not match");

// Structure and neighbour pairs (Structure, NeighbourPairs).
inline constexpr const char* kTooManyWaveVectors =
    TX_SAY("the cell (edges %1, %2, %3) has about %4 wave vectors to search below q_max = %5 (at "
           "most %6): give q and r_c, or a smaller q_max for S(q)");
inline constexpr const char* kGrBeyondHalfBox = TX_SAY("g(r) range exceeds half the box width");
inline constexpr const char* kGrTooManyBins =
    TX_SAY("g(r) to half the cell width (%1) would need more than %2 bins: give q and r_c");
inline constexpr const char* kTypeNotInEnsemble = TX_SAY("atom type %1 is not in the ensemble");
inline constexpr const char* kConfigurationsDiffer = TX_SAY("configurations differ in their atoms");
inline constexpr const char* kStructureQRanges =
    TX_SAY("cannot merge structures with different q ranges");
inline constexpr const char* kTooManyAtomsForPairs =
    TX_SAY("too many atoms for 32-bit pair indices");
inline constexpr const char* kPairCutoffTooLarge =
    TX_SAY("the pair cutoff %1 exceeds half the box width %2");

// Choices that do not fit the ensemble or the log (TemperatureAnalysis, GlassTransitionFit, Units).
inline constexpr const char* kChoiceNotInEnsemble =
    TX_SAY("the chosen species or type pair does not occur in the ensemble");
inline constexpr const char* kThermoRunRange =
    TX_SAY("thermo_run %1: the log has %2 run(s) with thermo output");
inline constexpr const char* kUnitsForm =
    TX_SAY("units must be a LAMMPS unit style (%1) or LENGTH,TIME such as nm,ps; got '%2'");

// Parameters out of range (AnalysisParameters: invalidParameter); %1 is the parameter's key.
inline constexpr const char* kMustBePositiveNumber = TX_SAY("%1: must be a positive number");
inline constexpr const char* kEveryCutoffPositive =
    TX_SAY("%1: every cutoff must be a positive number");
inline constexpr const char* kMustBePositive = TX_SAY("%1: must be positive");
inline constexpr const char* kMustBeWholeAtLeastOne =
    TX_SAY("%1: must be a whole number of at least 1");
inline constexpr const char* kMustNotBeNegative = TX_SAY("%1: must not be negative");
inline constexpr const char* kMustBePositiveLength = TX_SAY("%1: must be a positive length");
inline constexpr const char* kQMaxRange = TX_SAY("%1: must be positive and at most 1000");
inline constexpr const char* kTooManyWavenumbers =
    TX_SAY("%1: at most %2 wave numbers in one pass");
inline constexpr const char* kMustBeNumber = TX_SAY("%1: must be a number");
inline constexpr const char* kExpectedWindow = TX_SAY("%1: expected LOW,HIGH with LOW < HIGH");
inline constexpr const char* kMustExceedOne = TX_SAY("%1: must be greater than 1");
inline constexpr const char* kExpectedOneOf = TX_SAY("%1: expected one of %2, got '%3'");
inline constexpr const char* kRunsFromOne = TX_SAY("%1: runs are counted from 1");
inline constexpr const char* kTgOrLog =
    TX_SAY("%1: give either T_g or a cooling log (thermo_log) to fit it from, not both");

// What a LAMMPS dump reader expected next (the %1 of kEndExpecting and kExpectedInteger).
inline constexpr const char* kWhatItemValue = TX_SAY("the item's value");
inline constexpr const char* kWhatBoxLine = TX_SAY("a box bounds line");
inline constexpr const char* kWhatAtomLine = TX_SAY("an atom line");
inline constexpr const char* kWhatTimestep = TX_SAY("timestep");
inline constexpr const char* kWhatItemLine = TX_SAY("an ITEM line");
inline constexpr const char* kWhatAtomCount = TX_SAY("atom count");

// Parameters the ensemble cannot satisfy (Pipeline).
inline constexpr const char* kDtRequired =
    TX_SAY("dt is required (the ensemble has no manifest giving dt)");
inline constexpr const char* kSpeciesAbsent =
    TX_SAY("species: species %1 does not occur in the ensemble (the files have %2)");
inline constexpr const char* kTypePairAbsent =
    TX_SAY("type_pair: type pair %1-%2 does not occur in the ensemble (the files have %3)");

// Every template above.
inline constexpr const char* kInputSentences[] = {
    kAtFileLine,
    kAtFile,
    kTruncatedLine,
    kEndExpecting,
    kExpectedInteger,
    kUnknownUnitStyle,
    kUnitStyleChanges,
    kTriclinicBoxLine,
    kBoxLine,
    kNonNumericBound,
    kMissingId,
    kMissingPositions,
    kImageFlagsIncomplete,
    kDumpFieldCount,
    kNonNumericId,
    kBadAtomType,
    kNonNumericCoordinate,
    kNonIntegerImage,
    kNotADump,
    kAtomCountPositive,
    kAtomsTooEarly,
    kUnexpectedHeaderLine,
    kReadError,
    kFrameProblem,
    kBoxNotANumber,
    kBoxExtent,
    kDegenerateCell,
    kPositionNotANumber,
    kNoFrame,
    kCannotRead,
    kUnitsDiffer,
    kNoFileReadable,
    kAtomCountChanged,
    kIdsChanged,
    kTimestepOrder,
    kTypeChanged,
    kUnknownType,
    kAtomsDiffer,
    kNoPeak,
    kNoFirstMinimum,
    kUnitsParameterDiffers,
    kManifestUnitsDiffer,
    kNoTrajectoryFile,
    kBoxDiffers,
    kUnknownFormat,
    kIdTwice,
    kBadProperties,
    kBadPropertiesCount,
    kNoPosColumn,
    kNoLattice,
    kLatticeCount,
    kNonNumericLattice,
    kNonIntegerKey,
    kNotXyzCount,
    kNoCommentLine,
    kXyzShort,
    kXyzFieldCount,
    kNonIntegerId,
    kTypeRange,
    kNoTrajectories,
    kUnnamedSegments,
    kCannotOpenManifest,
    kInvalidJson,
    kManifestProblem,
    kReplicaWithoutFiles,
    kNoSuchPath,
    kNoEnsemble,
    kTemperatureTwice,
    kDcdCellUndecided,
    kDcdCellDegrees,
    kDcdCellCosines,
    kDcdCellMatrix,
    kCellNotFinite,
    kCellLeavesCosines,
    kCellLeavesDegrees,
    kUnknownCellConvention,
    kDcdEmpty,
    kDcdFirstRecord,
    kDcdNoCord,
    kDcdFixedAtoms,
    kMalformedAtomCount,
    kHeaderClaimsAtoms,
    kAtFrameByte,
    kRecordTruncated,
    kCorruptRecordLength,
    kRecordMarkers,
    kMalformedCell,
    kCoordinateRecordCount,
    kDcdNoCell,
    kGsdNoSignature,
    kGsdVersion,
    kGsdSchema,
    kGsdIndexOutside,
    kGsdNameList,
    kGsdChunkIndex,
    kGsdEntryCorrupt,
    kGsdEntryFrame,
    kAtFrame,
    kGsdChunkRead,
    kChunkShape,
    kMustHoldIntegers,
    kGsdDimensions,
    kGsdBoxValues,
    kGsdNoParticles,
    kGsdNoPosition,
    kGsdTypeRange,
    kNoSuchFile,
    kNotHdf5,
    kHdf5Damaged,
    kNoParticlesGroup,
    kNoParticleGroup,
    kPositionNotTimeDependent,
    kPositionShape,
    kTooManyAtoms,
    kNoBoxGroup,
    kBoundaryNotPeriodic,
    kAtFrameOnly,
    kNoValueDataset,
    kNoSamples,
    kNotInFile,
    kNoStepDataset,
    kStepNotIntegers,
    kStepNotPositive,
    kStepOverflow,
    kStepCount,
    kStepOrder,
    kNoSampleBefore,
    kCannotReadElement,
    kValuesPerSample,
    kNotFinite,
    kNotWhole,
    kNotRightHanded,
    kNegativeId,
    kSpeciesRange,
    kClaimsBeyondStorage,
    kCannotOpenBecause,
    kSystemReadError,
    kTruncatedCompressed,
    kDamagedCompressed,
    kDecoderStart,
    kInvalidDeflateBlock,
    kInvalidDeflateSymbol,
    kInvalidDistance,
    kInvalidGzipHeader,
    kNotDeflate,
    kCrcMismatch,
    kIsalError,
    kLzmaError,
    kBz2Error,
    kThermoMulti,
    kThermoRowCount,
    kThermoNotFinite,
    kThermoUnfinished,
    kThermoNoTemp,
    kCannotWrite,
    kCannotRename,
    kNotCache,
    kCacheVersion,
    kDamagedCache,
    kCacheChecksum,
    kDamagedSumsCount,
    kDamagedSumsChannels,
    kDamagedSumsLag,
    kDamagedSumsWavenumbers,
    kDamagedStructure,
    kTooManyWaveVectors,
    kGrBeyondHalfBox,
    kGrTooManyBins,
    kTypeNotInEnsemble,
    kConfigurationsDiffer,
    kStructureQRanges,
    kTooManyAtomsForPairs,
    kPairCutoffTooLarge,
    kChoiceNotInEnsemble,
    kThermoRunRange,
    kUnitsForm,
    kMustBePositiveNumber,
    kEveryCutoffPositive,
    kMustBePositive,
    kMustBeWholeAtLeastOne,
    kMustNotBeNegative,
    kMustBePositiveLength,
    kQMaxRange,
    kTooManyWavenumbers,
    kMustBeNumber,
    kExpectedWindow,
    kMustExceedOne,
    kExpectedOneOf,
    kRunsFromOne,
    kTgOrLog,
    kWhatItemValue,
    kWhatBoxLine,
    kWhatAtomLine,
    kWhatTimestep,
    kWhatItemLine,
    kWhatAtomCount,
    kDtRequired,
    kSpeciesAbsent,
    kTypePairAbsent,
};

} // namespace tx::core::sentence
