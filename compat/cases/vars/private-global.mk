# A global "private" variable is visible while parsing but not inside recipes (4.3).
private G = gval
$(info parse G=[$(G)])
all:
	@echo recipe G=[$(G)]
