# A global private variable is visible in the makefile but not in recipes? Check 4.3 behaviour.
private G = gval
$(info parse G=[$(G)])
all:
	@echo recipe G=[$(G)]
