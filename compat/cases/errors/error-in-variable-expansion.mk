# $(error) inside a recursive variable fires only when the variable is expanded.
LAZY = $(error lazy fired)
$(info before use)
all: ; @echo $(LAZY)
