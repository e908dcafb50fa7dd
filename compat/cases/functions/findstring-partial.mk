# $(findstring) matches substrings inside words, not whole words.
$(info [$(findstring an,banana)] [$(findstring nab,banana)] [$(findstring a b,xa by)])
all: ; @:
