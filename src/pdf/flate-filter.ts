/**
 * jsPDF's FlateEncode filter, the same bytes made faster. jsPDF compresses every stream of a
 * compressed document (page contents, font files, ToUnicode maps) with fflate's zlibSync at
 * its default level, which is right, but it turns the compressed bytes back into its
 * "binary string" one character at a time with `reduce` and `+`: on a 1,500-touchpoint A0
 * poster with its appendix that loop, and the garbage its 36 pages of growing strings
 * leave, cost about as much as the compression itself.
 *
 * `useFastFlate` replaces jsPDF's `processDataByFilters` (the hook its putStream calls, on
 * jsPDF.API like its plugins) with one that does the same for a lone FlateEncode, with the
 * same fflate call, and builds the string in chunks; any other filter chain goes to jsPDF's
 * own. The PDF's bytes are unchanged (a unit test compares them with jsPDF's).
 */
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { toBinaryString } from './fonts.ts';

type Filters = string | readonly string[] | undefined;
type Filtered = { data: string; reverseChain: string };
type ProcessDataByFilters = (data: string, filters: Filters) => Filtered;

/** jsPDF.API's filter hook (not in jsPDF's published types). */
interface FilterApi {
  processDataByFilters: ProcessDataByFilters;
}

const api = jsPDF.API as unknown as FilterApi;
const original = api.processDataByFilters;

/** A binary string (one character per byte, as jsPDF keeps streams) as bytes. */
function latin1Bytes(data: string): Uint8Array {
  const bytes = new Uint8Array(data.length);
  // Like jsPDF's own filter: a code unit above 0xff keeps its low byte.
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return bytes;
}

function isLoneFlate(filters: Filters): boolean {
  const only = typeof filters === 'string' ? filters : filters?.length === 1 ? filters[0] : null;
  return only === 'FlateEncode' || only === '/FlateEncode';
}

/** jsPDF's filter chain, with a lone FlateEncode done without its per-byte string building. */
export const fastProcessDataByFilters: ProcessDataByFilters = (data, filters) => {
  if (!isLoneFlate(filters)) return original(data, filters);
  return {
    data: toBinaryString(zlibSync(latin1Bytes(data ?? ''))),
    reverseChain: '/FlateDecode',
  };
};

/**
 * Makes every jsPDF document of this realm compress with fastProcessDataByFilters, unless
 * something else has replaced jsPDF's filter hook already.
 */
export function useFastFlate(): void {
  if (api.processDataByFilters === original) api.processDataByFilters = fastProcessDataByFilters;
}

/** jsPDF's own filter chain, for the test that compares the two. */
export const jsPdfProcessDataByFilters: ProcessDataByFilters = original;
