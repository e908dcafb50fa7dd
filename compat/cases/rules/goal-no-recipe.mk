# A goal with no recipe: "Nothing to be done for 'all'".
all: dep
dep: ;
