# A define with two lines used in a recipe line becomes two recipe lines, each echoed and run.
define two
echo first
echo second
endef
all:
	$(two)
