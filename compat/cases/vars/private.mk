# private target-specific variables are not inherited by prerequisites (manual 6.13).
all: private P = secret
all: Q = shared
all: dep
	@echo all P=[$(P)] Q=[$(Q)]
dep:
	@echo dep P=[$(P)] Q=[$(Q)]
