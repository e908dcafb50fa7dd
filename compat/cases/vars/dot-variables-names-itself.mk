# .VARIABLES names itself (GNU defines it as a default variable).
X := $(filter .VARIABLES .FEATURES MAKE_VERSION,$(.VARIABLES))
$(info $(sort $(X)))
all:;@:
