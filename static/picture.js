// The picture download's last step (see src/browser/picture.rs): the engine has drawn the
// scenario as SVG; this module, loaded on the first picture and never part of the first view,
// draws that SVG on a canvas at twice its size and saves it as a PNG. On a phone (a coarse
// pointer) it offers the file to the system's share sheet instead, where the browser can share
// files (`navigator.canShare`); if sharing is refused or cancelled, nothing else happens; with
// no share sheet, it downloads.
//
// The page pushes each picture, `{svg, name, width, height, title}`, onto `window.capexPictures`;
// this module takes what waits there and replaces the queue with its own `push`. No
// dependencies; everything stays in the page (the SVG's image is a blob: URL, which the page's
// policy allows for images).

const SCALE = 2;

async function png({ svg, width, height }) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * SCALE);
    canvas.height = Math.round(height * SCALE);
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function render(picture) {
  const blob = await png(picture).catch(() => null);
  if (!blob) return;
  const file = new File([blob], picture.name, { type: 'image/png' });
  const phone = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  if (phone && navigator.canShare && navigator.canShare({ files: [file] })) {
    await navigator.share({ files: [file], title: picture.title }).catch(() => {});
    return;
  }
  save(blob, picture.name);
}

const waiting = Array.isArray(window.capexPictures) ? window.capexPictures : [];
window.capexPictures = { push: (picture) => void render(picture) };
waiting.forEach((picture) => void render(picture));
