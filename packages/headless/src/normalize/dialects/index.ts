import type { Dialect } from '../../types.js';
import { defastra } from './defastra.js';
import { errorEnvelope } from './errorEnvelope.js';
import { graphql } from './graphql.js';
import { jsonApi } from './jsonApi.js';
import { problemDetails } from './problemDetails.js';
import { validationMap } from './validationMap.js';
import { flatError } from './flatError.js';

export { defastra, errorEnvelope, graphql, jsonApi, problemDetails, validationMap, flatError };

/** Built-in dialects in the order they are tried; the first whose `detect` passes parses the body. */
export const builtInDialects: readonly Dialect[] = [
  defastra,
  errorEnvelope,
  problemDetails,
  graphql,
  jsonApi,
  validationMap,
  flatError,
];
