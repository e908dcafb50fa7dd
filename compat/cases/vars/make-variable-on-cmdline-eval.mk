# Command-line A=$(B) is recursive (sees B later); C:=$(B) is simple and expands before B is set.
#| args: A=$(B) C:=$(B) B=bee
$(info A=$(A) $(flavor A) C=[$(C)] $(flavor C))
all: ; @:
