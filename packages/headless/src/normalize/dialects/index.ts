import type { Dialect } from '../../types.js';
import { defastra } from './defastra.js';
import { errorEnvelope } from './errorEnvelope.js';
import { graphql } from './graphql.js';
import { jsonApi } from './jsonApi.js';
import { jsonRpc } from './jsonRpc.js';
import { problemDetails } from './problemDetails.js';
import { validationMap } from './validationMap.js';
import { flatError } from './flatError.js';

export { defastra, errorEnvelope, graphql, jsonApi, jsonRpc, problemDetails, validationMap, flatError };

/** Built-in dialects in the order they are tried; the first whose `detect` passes parses the body. */
export const builtInDialects: readonly Dialect[] = [
  defastra,
  // Before the envelope it looks like: its negative codes and `data` are read differently.
  jsonRpc,
  errorEnvelope,
  problemDetails,
  graphql,
  jsonApi,
  validationMap,
  flatError,
];
