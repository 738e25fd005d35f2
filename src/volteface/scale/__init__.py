"""Scale-out: the same ``process_batch`` on a distributed engine (Dask first)."""

from .dask import process_on_dask

__all__ = ["process_on_dask"]
