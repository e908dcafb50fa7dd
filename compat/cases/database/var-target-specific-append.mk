#| args: -rR -p
#| normalise: database
# Target-specific += on a global variable, inherited by a prerequisite; values printed per
# file, and the global left alone.
FLAGS = -global
all: FLAGS += -all
all: dep ; @echo all $(FLAGS)
dep: FLAGS += -dep
dep: ; @echo dep $(FLAGS)
