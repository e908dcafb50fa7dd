# "t: unexport V" is not a target-specific directive: it is a rule making t depend on "unexport" and "V".
#| env: V=env
t: unexport V
t:
	@echo V=[$$V]
