# user error in var expansion
bad = $(error from var)
all: ; @echo $(bad)