# define with explicit =, :=, ?=, += operators (manual 6.8).
b = early
define s :=
$(b)
endef
define r =
$(b)
endef
define r +=
more
endef
define s ?=
ignored
endef
define n ?=
new
endef
b = late
$(info s=[$(s)] $(flavor s) r=[$(r)] n=[$(n)])
all: ; @:
