# call in recipe with auto
f = <$(1)>
all: dep ; @echo $(call f,$@ $<)
dep: ; @: