// The library product: one import for everything Tifa offers.
@_exported import TifaAnalyze
@_exported import TifaCore
@_exported import TifaDashboard
@_exported import TifaExtract
@_exported import TifaFormalism
@_exported import TifaICU
@_exported import TifaIngest
@_exported import TifaScript
@_exported import TifaSegment
