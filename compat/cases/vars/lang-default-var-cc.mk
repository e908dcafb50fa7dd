# default var cc
$(info [$(CC)] $(origin CC) [$(CXX)] [$(RM)])
all: ; @:
