import CasusStore
