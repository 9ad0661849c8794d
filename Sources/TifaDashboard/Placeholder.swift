// Placeholder until this stage lands.
import TifaCore
